package org.raspworkbench.ui.views.canvas;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureRenderer;

/**
 * A canvas that shows a window of a figure. The figure is laid out at a full size
 * ({@code drawingWidth x drawingHeight}, by default the region's own size) and the window's
 * top-left sits at {@code (windowX, windowY)} of it, so a scroller can draw only what is visible.
 */
public final class FigureCanvas extends Region {
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final Canvas canvas = new Canvas();
    private double windowX;
    private double windowY;
    private double drawingWidth = -1;
    private double drawingHeight = -1;

    public FigureCanvas() {
        getStyleClass().add("figure-canvas");
        getChildren().add(canvas);
        figure.addListener((o, a, b) -> redraw());
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public Figure getFigure() {
        return figure.get();
    }

    public void setFigure(Figure f) {
        figure.set(f);
    }

    /** Which part of a drawing of {@code width x height} this canvas shows. */
    public void setWindow(double x, double y, double width, double height) {
        windowX = x;
        windowY = y;
        drawingWidth = width;
        drawingHeight = height;
        redraw();
    }

    public double drawingWidth() {
        return drawingWidth > 0 ? drawingWidth : getWidth();
    }

    public double drawingHeight() {
        return drawingHeight > 0 ? drawingHeight : getHeight();
    }

    /** What lies under a point given in this canvas's own coordinates. */
    public Optional<CellHit> hit(double x, double y) {
        Figure f = figure.get();
        if (f == null || drawingWidth() <= 0 || drawingHeight() <= 0) return Optional.empty();
        return FigureRenderer.hit(f, drawingWidth(), drawingHeight(), x + windowX, y + windowY);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Draws again; the figure is cheap to draw compared with how rarely it changes. */
    public void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Figure f = figure.get();
        if (f == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) return;
        FXGraphics2D g2 = new FXGraphics2D(gc);
        g2.setClip(0, 0, (int) Math.ceil(canvas.getWidth()), (int) Math.ceil(canvas.getHeight()));
        g2.translate(-windowX, -windowY);
        FigureRenderer.draw(f, g2, drawingWidth(), drawingHeight());
        g2.dispose();
    }
}
