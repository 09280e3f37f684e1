/**
 * Shows figures of {@code org.raspworkbench.ui.figures} on the screen.
 * {@link org.raspworkbench.ui.views.canvas.ScrollingFigure} keeps the row labels, title, column
 * labels and colour bar fixed around scrolling cells, each part a canvas of its own on-screen size,
 * and paints only the rows and columns in view through {@link org.raspworkbench.ui.figures.ScreenFigure},
 * the exporter's own layout and painter; it zooms (Ctrl+wheel, fit, 100%). Takes a {@code Figure};
 * produces pixels and hit tests.
 */
package org.raspworkbench.ui.views.canvas;
