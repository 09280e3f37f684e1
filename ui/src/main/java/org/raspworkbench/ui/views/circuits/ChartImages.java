package org.raspworkbench.ui.views.circuits;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.raspworkbench.ui.figures.Chart;
import org.raspworkbench.ui.figures.ChartRenderer;
import org.raspworkbench.ui.figures.Palette;

/**
 * A chart (an MLP's table, an attribution chart) as images for the screen, drawn by the
 * exporter's {@link ChartRenderer} at its natural size times the screen's scale, so the screen
 * shows what the file will hold (in the dark theme's palette when the IDE is dark; files are
 * always light). A tall chart comes back as strips stacked top to bottom, none taller than
 * {@link #MAX_STRIP} pixels: one image becomes one GPU texture, and a texture past the card's
 * limit (16384 under Mesa, 4096 or 8192 on older cards) is silently not drawn, which left sort
 * n = 64's 4096-row table blank. Call off the FX thread: a long table takes a while to draw.
 */
final class ChartImages {
    /** A chart larger than this many pixels is drawn smaller: the images must stay within memory. */
    static final int MAX_PIXELS = 40_000_000;
    /** The tallest strip, in pixels: within every GPU's texture limit. */
    static final int MAX_STRIP = 4096;

    private ChartImages() {
    }

    static List<Image> of(Chart chart, double scale, boolean dark) {
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
        List<Image> strips = new ArrayList<>();
        for (int top = 0; top < h; top += MAX_STRIP) {
            strips.add(SwingFXUtils.toFXImage(image.getSubimage(0, top, w, Math.min(MAX_STRIP, h - top)), null));
        }
        return strips;
    }
}
