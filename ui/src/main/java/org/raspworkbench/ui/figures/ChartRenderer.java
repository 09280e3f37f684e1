package org.raspworkbench.ui.figures;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * Draws {@link Chart}s on any {@link Graphics2D}. A chart is laid out at its natural size (labels at
 * the figures' label size, rows as tall as their text) and scaled uniformly into the box it is
 * given, so its labels keep their proportions in every format and at every size.
 */
public final class ChartRenderer {
    private ChartRenderer() {
    }

    public static void draw(Chart chart, Graphics2D g, double width, double height) {
        draw(chart, g, width, height, Palette.LIGHT);
    }

    public static void draw(Chart chart, Graphics2D g, double width, double height, Palette palette) {
        double[] natural = natural(chart);
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            copy.setColor(palette.background());
            copy.fill(new Rectangle2D.Double(0, 0, width, height));
            double s = Math.min(width / natural[0], height / natural[1]);
            copy.scale(s, s);
            if (chart instanceof FunctionTable t) new FunctionTablePainter(t).paint(copy, palette);
            else new AttributionChartPainter((AttributionChart) chart).paint(copy, palette);
        } finally {
            copy.dispose();
        }
    }

    /** The size at which the chart's labels have the figures' natural size (96 dpi pixels or points). */
    public static Dimension preferredSize(Chart chart) {
        double[] n = natural(chart);
        return new Dimension((int) Math.ceil(n[0]), (int) Math.ceil(n[1]));
    }

    private static double[] natural(Chart chart) {
        if (chart instanceof FunctionTable t) return new FunctionTablePainter(t).size();
        return new AttributionChartPainter((AttributionChart) chart).size();
    }
}
