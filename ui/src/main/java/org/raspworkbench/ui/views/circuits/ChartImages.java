package org.raspworkbench.ui.views.circuits;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.raspworkbench.ui.figures.Chart;
import org.raspworkbench.ui.figures.ChartRenderer;
import org.raspworkbench.ui.figures.Palette;

/**
 * A chart (an MLP's table, an attribution chart) as an image for the screen, drawn by the
 * exporter's {@link ChartRenderer} at its natural size times the screen's scale, so the screen
 * shows what the file will hold (in the dark theme's palette when the IDE is dark; files are
 * always light). Call off the FX thread: a long table takes a while to draw.
 */
final class ChartImages {
    /** A chart taller than this many pixels is drawn smaller: one image must stay within memory. */
    static final int MAX_PIXELS = 40_000_000;

    private ChartImages() {
    }

    static Image of(Chart chart, double scale, boolean dark) {
        Dimension d = ChartRenderer.preferredSize(chart);
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / Math.max(1.0, (double) d.width * d.height)));
        int w = Math.max(1, (int) Math.ceil(d.width * s));
        int h = Math.max(1, (int) Math.ceil(d.height * s));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(s, s);
            ChartRenderer.draw(chart, g, d.width, d.height, dark ? Palette.DARK : Palette.LIGHT);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(image, null);
    }
}
