package org.raspworkbench.ui.figures;

/**
 * A figure that is not a grid of coloured cells: an MLP's function table or an attribution bar
 * chart. {@link ChartRenderer} draws it on any Graphics2D and {@link FigureExport} writes it as PNG,
 * SVG or PDF with the same fonts and units as the grid figures.
 */
public sealed interface Chart permits FunctionTable, AttributionChart {
    String title();
}
