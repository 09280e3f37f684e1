package org.raspworkbench.ui.views.canvas;

import java.awt.Dimension;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureRenderer;

/**
 * A figure in a scroll pane. The drawing takes its preferred size, grown to fill the viewport
 * up to {@link #MAX_STRETCH} times; only the visible window is ever drawn, so a residual stream
 * thousands of directions tall scrolls without a canvas of that size.
 */
public final class ScrollingFigure extends ScrollPane {
    static final double MAX_STRETCH = 2.5;

    private final Pane space = new Pane();
    private final FigureCanvas canvas = new FigureCanvas();
    private double drawingWidth;
    private double drawingHeight;

    public ScrollingFigure() {
        getStyleClass().add("scrolling-figure");
        canvas.setManaged(false);
        space.getChildren().add(canvas);
        space.getStyleClass().add("figure-space");
        setContent(space);
        setPannable(false);
        canvas.figureProperty().addListener((o, a, b) -> relayout());
        viewportBoundsProperty().addListener((o, a, b) -> relayout());
        hvalueProperty().addListener((o, a, b) -> placeWindow());
        vvalueProperty().addListener((o, a, b) -> placeWindow());
    }

    public ObjectProperty<Figure> figureProperty() {
        return canvas.figureProperty();
    }

    public FigureCanvas canvas() {
        return canvas;
    }

    /** What lies under a point given in the canvas's coordinates. */
    public Optional<CellHit> hit(double canvasX, double canvasY) {
        return canvas.hit(canvasX, canvasY);
    }

    private void relayout() {
        Figure f = canvas.getFigure();
        Bounds viewport = getViewportBounds();
        if (f == null) {
            drawingWidth = 0;
            drawingHeight = 0;
        } else {
            Dimension preferred = FigureRenderer.preferredSize(f);
            drawingWidth = stretch(preferred.width, viewport.getWidth());
            drawingHeight = stretch(preferred.height, viewport.getHeight());
        }
        space.setMinSize(drawingWidth, drawingHeight);
        space.setPrefSize(drawingWidth, drawingHeight);
        space.setMaxSize(drawingWidth, drawingHeight);
        placeWindow();
    }

    private static double stretch(double preferred, double available) {
        return Math.floor(Math.max(preferred, Math.min(available, preferred * MAX_STRETCH)));
    }

    /** Puts the canvas over the visible part of the drawing and redraws that part. */
    private void placeWindow() {
        Bounds viewport = getViewportBounds();
        double w = Math.min(viewport.getWidth(), drawingWidth);
        double h = Math.min(viewport.getHeight(), drawingHeight);
        double x = Math.max(0, drawingWidth - viewport.getWidth()) * getHvalue();
        double y = Math.max(0, drawingHeight - viewport.getHeight()) * getVvalue();
        canvas.resizeRelocate(Math.floor(x), Math.floor(y), Math.max(0, w), Math.max(0, h));
        canvas.setWindow(Math.floor(x), Math.floor(y), drawingWidth, drawingHeight);
    }
}
