/**
 * Figures of a compiled model, drawn with plain Java2D so the same code serves the IDE (on a
 * JavaFX canvas through FXGraphics2D) and the headless command line (PNG, SVG, PDF).
 *
 * <p>Takes immutable figure records ({@link org.raspworkbench.ui.figures.ResidualHeatmap},
 * {@link org.raspworkbench.ui.figures.SnapshotStrip}, {@link org.raspworkbench.ui.figures.AttentionPattern})
 * and produces drawings on any {@link java.awt.Graphics2D} ({@link org.raspworkbench.ui.figures.FigureRenderer}),
 * hit tests for hovering, and files ({@link org.raspworkbench.ui.figures.FigureExport}): a
 * {@link org.raspworkbench.ui.figures.FigureSheet} (one figure or a grid of heads) at a
 * {@link org.raspworkbench.ui.figures.PrintSize} (width and height in mm or inches, labels in pt), in
 * the bundled {@link org.raspworkbench.ui.figures.FigureFonts} font, coloured by matplotlib's tables
 * ({@link org.raspworkbench.ui.figures.ColorMap}); for a screen
 * viewport, {@link org.raspworkbench.ui.figures.ScreenFigure} paints any window of a figure with the
 * same layout and painter. A head's QK and OV circuits are grids too ({@link
 * org.raspworkbench.ui.figures.CircuitGrid}); an MLP's function table and an attribution bar chart are
 * {@link org.raspworkbench.ui.figures.Chart}s, drawn by {@link org.raspworkbench.ui.figures.ChartRenderer}
 * and exported the same way ({@link org.raspworkbench.ui.figures.CircuitFigures} makes all four from
 * core.circuits, {@link org.raspworkbench.ui.figures.CircuitsExport} writes them into a folder).
 * No JavaFX class may appear in this package.
 */
package org.raspworkbench.ui.figures;
