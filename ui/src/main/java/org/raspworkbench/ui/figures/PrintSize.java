package org.raspworkbench.ui.figures;

import java.util.Optional;

/**
 * How big an export prints. {@code width} empty: the figure's natural width; {@code height} empty:
 * as tall as the width and the labels need (cells keep their natural height, attention cells stay
 * square). {@code fontPt} is the size of the labels in points; titles and axis names keep their
 * proportion to it (14 : 12 : 11), and everything else scales with the labels.
 */
public record PrintSize(Optional<Length> width, Optional<Length> height, double fontPt) {
    /** The labels' size when nothing is asked: 11 px at 96 px per inch. */
    public static final double NATURAL_FONT_PT = FigureStyle.LABEL_SIZE * 72.0 / 96.0;
    public static final double MIN_FONT_PT = 2;
    public static final double MAX_FONT_PT = 72;
    public static final PrintSize NATURAL = new PrintSize(Optional.empty(), Optional.empty(), NATURAL_FONT_PT);

    public PrintSize {
        if (!(fontPt >= MIN_FONT_PT && fontPt <= MAX_FONT_PT)) {
            throw new IllegalArgumentException("the font size must be between " + (int) MIN_FONT_PT + " and "
                    + (int) MAX_FONT_PT + " pt, not " + fontPt);
        }
    }

    public PrintSize withWidth(Length w) {
        return new PrintSize(Optional.of(w), height, fontPt);
    }

    public PrintSize withHeight(Length h) {
        return new PrintSize(width, Optional.of(h), fontPt);
    }

    public PrintSize withFontPt(double pt) {
        return new PrintSize(width, height, pt);
    }

    /** Figure units (96 per inch) on the page per layout unit: how much the labels are scaled. */
    double scale() {
        return fontPt / NATURAL_FONT_PT;
    }
}
