package org.raspworkbench.ui.views.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.raspworkbench.ui.figures.CellFill;

/**
 * Fills figure cells on a canvas with edges snapped to whole pixels, so neighbours meet without a
 * seam or a blended line; colours are converted once and kept (a figure uses few of them).
 */
final class CellFills {
    private final Map<Integer, Color> colours = new HashMap<>();

    CellFill on(GraphicsContext gc) {
        return (x, y, w, h, rgb) -> {
            double left = Math.round(x);
            double top = Math.round(y);
            double right = Math.round(x + w);
            double bottom = Math.round(y + h);
            if (right <= left || bottom <= top) {
                right = Math.max(right, left + 1);
                bottom = Math.max(bottom, top + 1);
            }
            gc.setFill(colours.computeIfAbsent(rgb, CellFills::fx));
            gc.fillRect(left, top, right - left, bottom - top);
        };
    }

    static Color fx(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
