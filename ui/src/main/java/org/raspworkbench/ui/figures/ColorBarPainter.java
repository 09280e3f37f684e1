package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.*;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** The colour bar: the map from min (bottom) to max (top) with five labelled ticks. */
final class ColorBarPainter {
    private static final int SLICES = 96;

    private ColorBarPainter() {
    }

    static void paint(Graphics2D g, Scale scale, Rectangle2D bar) {
        paint(g, scale, bar, Palette.LIGHT);
    }

    static void paint(Graphics2D g, Scale scale, Rectangle2D bar, Palette palette) {
        double sliceHeight = bar.getHeight() / SLICES;
        for (int i = 0; i < SLICES; i++) {
            double t = (i + 0.5) / SLICES;
            g.setColor(scale.map().color(t));
            double y = bar.getMaxY() - (i + 1) * sliceHeight;
            // A little overlap hides the seams viewers draw between touching vector rectangles.
            g.fill(new Rectangle2D.Double(bar.getX(), y - (i + 1 < SLICES ? 0.4 : 0), bar.getWidth(),
                    sliceHeight + (i + 1 < SLICES ? 0.4 : 0)));
        }
        g.setColor(palette.frame());
        g.setStroke(THIN);
        g.draw(bar);
        double[] ticks = Ticks.of(scale);
        g.setColor(palette.text());
        for (double v : ticks) {
            double y = bar.getMaxY() - scale.fraction(v) * bar.getHeight();
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + 3, y));
            TextPainter.draw(g, LABEL, Ticks.format(v), bar.getMaxX() + 5, y, TextPainter.Align.LEFT);
        }
    }
}
