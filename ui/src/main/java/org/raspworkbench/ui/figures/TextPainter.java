package org.raspworkbench.ui.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Text placed by its anchor. Every string goes through {@link Graphics2D#drawString(String, float, float)}
 * so SVG and PDF keep it as text.
 */
final class TextPainter {
    enum Align { LEFT, CENTER, RIGHT }

    private TextPainter() {
    }

    /** Draws {@code text} with its vertical middle at {@code middleY}. */
    static void draw(Graphics2D g, Font font, String text, double x, double middleY, Align align) {
        if (text.isEmpty()) return;
        g.setFont(font);
        double w = FigureStyle.width(font, text);
        double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        double baseline = middleY + (FigureStyle.ascent(font) - FigureStyle.descent(font)) / 2;
        g.drawString(text, (float) left, (float) baseline);
    }

    /**
     * Draws {@code text} reading upwards, its vertical middle on {@code centerX}; RIGHT puts its end at
     * {@code y}, CENTER its middle.
     */
    static void drawUpwards(Graphics2D g, Font font, String text, double centerX, double y, Align align) {
        if (text.isEmpty()) return;
        AffineTransform saved = g.getTransform();
        g.translate(centerX, y);
        g.rotate(-Math.PI / 2);
        g.setFont(font);
        double w = FigureStyle.width(font, text);
        double start = align == Align.RIGHT ? -w : align == Align.CENTER ? -w / 2 : 0;
        double baseline = (FigureStyle.ascent(font) - FigureStyle.descent(font)) / 2;
        g.drawString(text, (float) start, (float) baseline);
        g.setTransform(saved);
    }
}
