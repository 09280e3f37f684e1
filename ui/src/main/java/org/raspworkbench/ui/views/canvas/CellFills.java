package org.raspworkbench.ui.views.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.raspworkbench.ui.figures.CellFill;

/**
 * Fills figure cells on a canvas with edges snapped to whole pixels, so neighbours meet without a
 * seam or a blended line; colours are converted once and kept (a figure uses few of them). Call
 * {@link CellFill#flush} after the last cell.
 */
final class CellFills {
    private final Map<Integer, Color> colours = new HashMap<>();

    CellFill on(GraphicsContext gc) {
        return new Runs(gc);
    }

    /**
     * Joins neighbouring cells of one colour in a row into one rectangle: a QK grid at sort n = 32
     * shows 1-pixel cells, about 180,000 per frame one by one, mostly in two colours.
     */
    private final class Runs implements CellFill {
        private final GraphicsContext gc;
        private double left;
        private double top;
        private double right;
        private double bottom;
        private int rgb = -1;

        Runs(GraphicsContext gc) {
            this.gc = gc;
        }

        @Override
        public void fill(double x, double y, double w, double h, int colour) {
            double l = Math.round(x);
            double t = Math.round(y);
            double r = Math.round(x + w);
            double b = Math.round(y + h);
            if (r <= l || b <= t) {
                r = Math.max(r, l + 1);
                b = Math.max(b, t + 1);
            }
            // The next cell of a row starts where this one's overlap ends, at or before its right edge.
            if (colour == rgb && t == top && b == bottom && l >= left && l <= right) {
                right = Math.max(right, r);
                return;
            }
            flush();
            left = l;
            top = t;
            right = r;
            bottom = b;
            rgb = colour;
        }

        @Override
        public void flush() {
            if (rgb < 0) return;
            gc.setFill(colours.computeIfAbsent(rgb, CellFills::fx));
            gc.fillRect(left, top, right - left, bottom - top);
            rgb = -1;
        }
    }

    static Color fx(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
