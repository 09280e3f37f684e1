package org.raspworkbench.ui.views.graph;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The scrolling, zooming window onto the drawn graph. The drawing is scaled as a whole; zooming
 * with shortcut + wheel keeps the point under the pointer still, dragging the background pans,
 * "fit" scales the whole graph into view, and with the graph focused the keys + - 0 F do the
 * same as the toolbar. Until the user zooms, every new layout and every
 * resize is fitted again, so a new model always opens showing all of its nodes.
 */
final class GraphViewport extends ScrollPane {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.2;
    /** Space kept around a fitted graph, in screen pixels. */
    private static final double FIT_MARGIN = 12;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Pane drawing;
    private final StackPane content;
    private boolean fitting = true;
    private boolean fitQueued;

    GraphViewport(Pane drawing) {
        this.drawing = drawing;
        // The group's bounds follow the scaled drawing; the stack centres a graph smaller than the view.
        content = new StackPane(new Group(drawing));
        content.getStyleClass().add("graph-canvas");
        content.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setContent(content);
        setPannable(true);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add("graph-scroll");
        drawing.scaleXProperty().bind(zoom);
        drawing.scaleYProperty().bind(zoom);
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!e.isShortcutDown() || e.getDeltaY() == 0) return;
            zoomAbout(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, new Point2D(e.getSceneX(), e.getSceneY()));
            e.consume();
        });
        // With the graph focused (a click in it), + - 0 F zoom in, out, to 100% and fit.
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) return;
            switch (e.getCharacter()) {
                case "+", "=" -> zoomBy(ZOOM_STEP);
                case "-" -> zoomBy(1 / ZOOM_STEP);
                case "0" -> actualSize();
                case "f", "F" -> fit();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        viewportBoundsProperty().addListener((o, a, b) -> {
            if (fitting && (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight())) queueFit();
        });
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Whether the view refits itself (true until the user zooms). */
    boolean isFitting() {
        return fitting;
    }

    /** Zooms by {@code factor} keeping the scene point {@code anchor} where it is on screen. */
    void zoomAbout(double factor, Point2D anchor) {
        zoomTo(zoom.get() * factor, anchor);
    }

    /** Sets the zoom keeping the scene point {@code anchor} where it is on screen. */
    void zoomTo(double target, Point2D anchor) {
        fitting = false;
        Point2D graphPoint = drawing.sceneToLocal(anchor);
        Point2D before = content.sceneToLocal(anchor);
        double onScreenX = before.getX() - scrollX();
        double onScreenY = before.getY() - scrollY();
        zoom.set(clamp(target, MIN_ZOOM, MAX_ZOOM));
        layout();
        Point2D after = content.sceneToLocal(drawing.localToScene(graphPoint));
        scrollTo(after.getX() - onScreenX, after.getY() - onScreenY);
    }

    /** Zooms about the middle of the view (the toolbar's buttons). */
    void zoomBy(double factor) {
        zoomTo(zoom.get() * factor, middle());
    }

    /** Draws the graph at its own size, keeping the middle of the view in the middle. */
    void actualSize() {
        zoomTo(1, middle());
    }

    private Point2D middle() {
        Bounds view = localToScene(getLayoutBounds());
        return new Point2D(view.getCenterX(), view.getCenterY());
    }

    /** Scales the whole graph into view (never above 100%) and keeps doing so until the user zooms. */
    void fit() {
        fitting = true;
        Bounds view = getViewportBounds();
        double w = drawing.getWidth();
        double h = drawing.getHeight();
        if (view.getWidth() <= 0 || view.getHeight() <= 0 || w <= 0 || h <= 0) return;
        double scale = Math.min((view.getWidth() - 2 * FIT_MARGIN) / w, (view.getHeight() - 2 * FIT_MARGIN) / h);
        zoom.set(clamp(scale, MIN_ZOOM, 1));
        layout();
        setHvalue(0.5);
        setVvalue(0.5);
    }

    /** Fits after the current layout pass (viewport changes arrive in the middle of one). */
    void queueFit() {
        if (fitQueued) return;
        fitQueued = true;
        Platform.runLater(() -> {
            fitQueued = false;
            if (fitting) fit();
        });
    }

    /** Whether the box (in the graph's own coordinates) lies wholly inside the view. */
    boolean shows(GraphLayout.Box box) {
        Bounds b = boxInContent(box);
        Bounds view = getViewportBounds();
        double x = scrollX();
        double y = scrollY();
        return b.getMinX() >= x - 0.5 && b.getMaxX() <= x + view.getWidth() + 0.5
                && b.getMinY() >= y - 0.5 && b.getMaxY() <= y + view.getHeight() + 0.5;
    }

    /** Scrolls the box (graph coordinates) to the middle of the view, as far as the scroll range allows. */
    void centreOn(GraphLayout.Box box) {
        layout();
        Bounds b = boxInContent(box);
        Bounds view = getViewportBounds();
        scrollTo(b.getCenterX() - view.getWidth() / 2, b.getCenterY() - view.getHeight() / 2);
    }

    /** The box as it is drawn now, in the scrolled content's coordinates. */
    Bounds boxInContent(GraphLayout.Box box) {
        Bounds inScene = drawing.localToScene(new javafx.geometry.BoundingBox(box.x(), box.y(), box.width(),
                box.height()));
        return content.sceneToLocal(inScene);
    }

    private double scrollX() {
        double extra = content.getLayoutBounds().getWidth() - getViewportBounds().getWidth();
        return extra > 0 ? getHvalue() * extra : 0;
    }

    private double scrollY() {
        double extra = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        return extra > 0 ? getVvalue() * extra : 0;
    }

    /** Scrolls so that the content point (x, y) is the view's top-left corner. */
    private void scrollTo(double x, double y) {
        double extraX = content.getLayoutBounds().getWidth() - getViewportBounds().getWidth();
        double extraY = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        setHvalue(extraX > 0 ? clamp(x / extraX, 0, 1) : 0);
        setVvalue(extraY > 0 ? clamp(y / extraY, 0, 1) : 0);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
