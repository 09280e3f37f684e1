package org.raspworkbench.ui.figures;

import java.awt.Color;

/**
 * The colours a figure is drawn with around its cells. Exports use {@link #LIGHT}; the IDE's dark
 * theme shows figures in {@link #DARK}. Cell colours come from the scale alone, so a cell has the
 * same colour on screen, in either theme, and in every export.
 */
public record Palette(Color background, Color text, Color frame, Color separator, Color bandOdd, Color selectedBand,
                      Color selectedOutline, Color written, Color outputBand) {
    public static final Palette LIGHT = new Palette(Color.WHITE, FigureStyle.TEXT, FigureStyle.FRAME,
            FigureStyle.SEPARATOR, FigureStyle.BAND_ODD, FigureStyle.SELECTED_BAND, FigureStyle.SELECTED_OUTLINE,
            FigureStyle.WRITTEN, FigureStyle.OUTPUT_BAND);
    public static final Palette DARK = new Palette(FigureStyle.DARK_BACKGROUND, FigureStyle.DARK_TEXT,
            FigureStyle.DARK_FRAME, FigureStyle.DARK_SEPARATOR, FigureStyle.DARK_BAND_ODD,
            FigureStyle.DARK_SELECTED_BAND, FigureStyle.SELECTED_OUTLINE, FigureStyle.WRITTEN,
            FigureStyle.DARK_OUTPUT_BAND);
}
