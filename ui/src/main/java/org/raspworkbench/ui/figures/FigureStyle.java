package org.raspworkbench.ui.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/** Fonts, colours and spacing shared by layout and painting, and text measurement without a screen. */
final class FigureStyle {
    static final double PAD = 10;
    static final double GAP = 6;
    static final double PANEL_GAP = 10;
    static final double BAR_WIDTH = 14;
    static final double MIN_BAR_HEIGHT = 100;
    static final float LABEL_SIZE = 11;
    static final float MIN_LABEL_SIZE = 5;

    static final Font TITLE = FigureFonts.font(Font.BOLD, 14);
    static final Font AXIS = FigureFonts.font(Font.ITALIC, 12);
    static final Font LABEL = FigureFonts.font(Font.PLAIN, LABEL_SIZE);

    static final Color TEXT = new Color(0x212529);
    static final Color FRAME = new Color(0x495057);
    static final Color SEPARATOR = new Color(0x212529);
    static final Color BAND_ODD = new Color(0xF1F3F5);
    static final Color SELECTED_BAND = new Color(0xFFEC99);
    static final Color SELECTED_OUTLINE = new Color(0xF08C00);
    /**
     * The directions a debugger step wrote. Magenta lies outside every map's gamut (CIE76 Delta E at
     * least 43 from each entry of viridis, magma, Blues, Greys, RdBu and bwr; the red it replaces
     * was 9 from bwr and 17 from RdBu), so an outline never reads as a value; this shade keeps 4.6:1
     * contrast for the bold label text on white.
     */
    static final Color WRITTEN = new Color(0xD000D0);
    static final Color OUTPUT_BAND = new Color(0xD3F9D8);

    /** The on-screen dark theme's figure colours (exports stay on white). */
    static final Color DARK_BACKGROUND = new Color(0x1E2227);
    static final Color DARK_TEXT = new Color(0xDEE2E6);
    static final Color DARK_FRAME = new Color(0xADB5BD);
    static final Color DARK_SEPARATOR = new Color(0xCED4DA);
    static final Color DARK_BAND_ODD = new Color(0x2A2F36);
    static final Color DARK_SELECTED_BAND = new Color(0x5C4813);
    static final Color DARK_OUTPUT_BAND = new Color(0x243B2C);

    static final Stroke THIN = new BasicStroke(0.75f);
    static final Stroke SEPARATOR_STROKE = new BasicStroke(1.5f);
    static final Stroke OUTLINE = new BasicStroke(2f);

    /** Fractional, antialiased metrics: the same numbers on screen, in PNG, SVG and PDF. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private FigureStyle() {
    }

    static double width(Font font, String text) {
        if (text.isEmpty()) return 0;
        Rectangle2D r = font.getStringBounds(text, FRC);
        return r.getWidth();
    }

    static double maxWidth(Font font, Iterable<String> texts) {
        double w = 0;
        for (String t : texts) w = Math.max(w, width(font, t));
        return w;
    }

    static double height(Font font) {
        return font.getLineMetrics("Ag", FRC).getHeight();
    }

    static double ascent(Font font) {
        return font.getLineMetrics("Ag", FRC).getAscent();
    }

    static double descent(Font font) {
        return font.getLineMetrics("Ag", FRC).getDescent();
    }
}
