/**
 * Shows figures of {@code org.raspworkbench.ui.figures} on the screen: {@link
 * org.raspworkbench.ui.views.canvas.FigureCanvas} draws one through fxgraphics2d with the same
 * Java2D renderer the exporters use, and {@link org.raspworkbench.ui.views.canvas.ScrollingFigure}
 * scrolls a large one while only ever drawing the visible window. Takes a {@code Figure};
 * produces pixels and hit tests in figure coordinates.
 */
package org.raspworkbench.ui.views.canvas;
