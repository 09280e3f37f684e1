package org.raspworkbench.ui.views.canvas;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import org.jfree.fx.FXGraphics2D;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.Palette;
import org.raspworkbench.ui.figures.ScreenFigure;

/**
 * A figure of any size in a viewport. Four canvases, each the size of its part of the view, never
 * of the figure: the cells, which scroll, and the row labels (left), title and column labels (top)
 * and colour bar (right), which stay. Every repaint paints only the rows and columns in view, so
 * its cost follows the window, not the model. Ctrl+wheel zooms about the mouse; {@link #fit} and
 * {@link #actualSize} set the zoom; without a zoom, cells take their natural size, stretched up to
 * {@link #MAX_STRETCH} times to fill the viewport.
 */
public final class ScrollingFigure extends Region {
    static final double MAX_STRETCH = 2.5;
    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 8;
    private static final double WHEEL_ZOOM = 1.1;

    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    /** Cell size over the natural one; NaN: natural, stretched to fill. */
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", Double.NaN);
    private final Canvas cells = new Canvas();
    private final Canvas rowLabels = new Canvas();
    private final Canvas header = new Canvas();
    private final Canvas colorBar = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final CellFills fills = new CellFills();
    private Predicate<String> collapsed = name -> false;
    private Consumer<String> onDisclosure = name -> { };
    private ScreenFigure natural;
    private ScreenFigure shown;
    private boolean dark;
    private boolean painting;
    private double scrollX;
    private double scrollY;

    public ScrollingFigure() {
        getStyleClass().add("scrolling-figure");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setId("figure-vertical-scroll");
        horizontal.setId("figure-horizontal-scroll");
        cells.getStyleClass().add("figure-cells");
        getChildren().addAll(header, rowLabels, cells, colorBar, vertical, horizontal);
        figure.addListener((o, a, b) -> rebuild());
        zoom.addListener((o, a, b) -> requestRepaint());
        vertical.valueProperty().addListener((o, a, b) -> {
            if (!painting) scrollTo(scrollX, b.doubleValue());
        });
        horizontal.valueProperty().addListener((o, a, b) -> {
            if (!painting) scrollTo(b.doubleValue(), scrollY);
        });
        addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        rowLabels.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (shown != null) shown.disclosureAt(e.getX(), e.getY() + scrollY).ifPresent(onDisclosure);
        });
        DarkTheme.follow(this, this::setDark);
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** Width of the whole view at the figure's natural cell size (0 without a figure). */
    public double naturalWidth() {
        if (natural == null) return 0;
        return Math.ceil(natural.rowLabelsWidth() + natural.cellsWidth() + natural.colorBarWidth()) + 2;
    }

    public double naturalHeight() {
        if (natural == null) return 0;
        return Math.ceil(natural.headerHeight() + natural.cellsHeight()) + 2;
    }

    /** The zoom (1 = natural cell size); NaN while the figure stretches to fill the viewport. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The node showing the cells; {@link #hit} takes points in its coordinates. */
    public Node canvas() {
        return cells;
    }

    /** The row labels' node; {@link #hitRowLabel} takes points in its coordinates. */
    public Node rowLabels() {
        return rowLabels;
    }

    /** Which groups are drawn collapsed (their disclosure points right), and what a click on one does. */
    public void setGroups(Predicate<String> isCollapsed, Consumer<String> toggle) {
        collapsed = isCollapsed;
        onDisclosure = toggle;
        rebuild();
    }

    /**
     * Calls {@code at} with the pointer's position in the cells' coordinates when it moves over the
     * cells, and again after a wheel scrolls or zooms them under a still pointer (the cell under it
     * has changed, so hover text read at the last move would name the wrong one).
     */
    public void onPointer(java.util.function.BiConsumer<Double, Double> at) {
        cells.addEventHandler(MouseEvent.MOUSE_MOVED, e -> at.accept(e.getX(), e.getY()));
        // Filters on one node run in the order they were added: this one after onScroll's scroll.
        addEventFilter(ScrollEvent.SCROLL, e -> {
            javafx.geometry.Point2D p = cells.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (p != null && cells.contains(p)) at.accept(p.getX(), p.getY());
        });
    }

    /** What lies under a point of the cells' node. */
    public Optional<CellHit> hit(double x, double y) {
        if (shown == null || x < 0 || y < 0 || x >= cells.getWidth() || y >= cells.getHeight()) return Optional.empty();
        return shown.hitCell(x + scrollX, y + scrollY);
    }

    /** The group whose disclosure triangle is at a point of the row labels' node. */
    public Optional<String> disclosureAt(double x, double y) {
        return shown == null ? Optional.empty() : shown.disclosureAt(x, y + scrollY);
    }

    /** What lies under a point of the row labels' node (a direction label, or nothing). */
    public Optional<CellHit> hitRowLabel(double x, double y) {
        if (shown == null || shown.disclosureAt(x, y + scrollY).isPresent()) return Optional.empty();
        return shown.hitRowLabel(y + scrollY);
    }

    /** Back to the top-left corner, as for a figure of another program. */
    public void scrollHome() {
        scrollX = 0;
        scrollY = 0;
        layoutNow();
    }

    /** How far down the rows are scrolled, 0 (top) to 1 (bottom). */
    public double getVvalue() {
        double range = maxScrollY();
        return range <= 0 ? 0 : scrollY / range;
    }

    public void setVvalue(double v) {
        scrollTo(scrollX, v * maxScrollY());
    }

    public double getHvalue() {
        double range = maxScrollX();
        return range <= 0 ? 0 : scrollX / range;
    }

    public void setHvalue(double v) {
        scrollTo(v * maxScrollX(), scrollY);
    }

    /** Whether the whole of {@code row} is in view. */
    public boolean isRowVisible(int row) {
        if (shown == null) return false;
        double top = shown.rowTop(row);
        return top >= scrollY - 0.5 && top + shown.cellHeight() <= scrollY + cells.getHeight() + 0.5;
    }

    /** Scrolls (only if needed) so that rows {@code from..to} are on screen, {@code from} first when they do not fit. */
    public void revealRows(int from, int to) {
        if (shown == null || from < 0) return;
        if (isRowVisible(from) && isRowVisible(to)) return;
        double top = shown.rowTop(from);
        double bottom = shown.rowTop(to) + shown.cellHeight();
        double view = cells.getHeight();
        double y = bottom - top <= view ? top - (view - (bottom - top)) / 3 : top - shown.cellHeight();
        scrollTo(scrollX, y);
    }

    /** Scrolls (only if needed) so that panel {@code p} of a strip is in view, as much of it as fits. */
    public void revealPanel(int p) {
        if (shown == null || p < 0 || p >= shown.panels()) return;
        double[] span = shown.panelSpan(p);
        double view = cells.getWidth();
        if (span[0] >= scrollX && span[0] + span[1] <= scrollX + view) return;
        scrollTo(span[1] <= view ? span[0] - (view - span[1]) / 2 : span[0], scrollY);
    }

    /** Zooms so the whole figure fits the view (cells no smaller than {@link #MIN_ZOOM} of natural). */
    public void fit() {
        if (natural == null) return;
        double[] cell = natural.preferredCellSize();
        double[] avail = cellArea(natural);
        double[] filling = natural.cellSizeFilling(avail[0], avail[1]);
        zoom.set(clampZoom(Math.min(filling[0] / cell[0], filling[1] / cell[1])));
    }

    /** Cells at their natural size. */
    public void actualSize() {
        zoom.set(1);
    }

    /** The zoom now in effect, whether set or stretched (1 = natural). */
    public double effectiveZoom() {
        if (shown == null || natural == null) return 1;
        return shown.cellHeight() / natural.preferredCellSize()[1];
    }

    /** Zooms by {@code factor}, keeping the figure point under {@code (x, y)} of the cells' node in place. */
    public void zoomBy(double factor, double x, double y) {
        if (shown == null) return;
        double fx = (x + scrollX) / Math.max(1e-9, shown.cellWidth());
        double fy = (y + scrollY) / Math.max(1e-9, shown.cellHeight());
        // The fixed parts resize with the labels' font, so the point is kept in this region's coordinates.
        double regionX = x + cells.getLayoutX();
        double regionY = y + cells.getLayoutY();
        zoom.set(clampZoom(effectiveZoom() * factor));
        layoutNow();
        scrollTo(fx * shown.cellWidth() - (regionX - cells.getLayoutX()),
                fy * shown.cellHeight() - (regionY - cells.getLayoutY()));
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private void onScroll(ScrollEvent e) {
        if (shown == null) return;
        if (e.isControlDown() || e.isShortcutDown()) {
            Node target = cells;
            javafx.geometry.Point2D p = target.sceneToLocal(e.getSceneX(), e.getSceneY());
            zoomBy(Math.pow(WHEEL_ZOOM, Math.signum(e.getDeltaY())), p.getX(), p.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            scrollTo(scrollX - e.getDeltaY(), scrollY);
        } else {
            scrollTo(scrollX - e.getDeltaX(), scrollY - e.getDeltaY());
        }
        e.consume();
    }

    private void scrollTo(double x, double y) {
        double nx = Math.max(0, Math.min(maxScrollX(), x));
        double ny = Math.max(0, Math.min(maxScrollY(), y));
        if (nx == scrollX && ny == scrollY) return;
        scrollX = Math.floor(nx);
        scrollY = Math.floor(ny);
        paint();
    }

    private double maxScrollX() {
        return shown == null ? 0 : Math.max(0, shown.cellsWidth() - cells.getWidth());
    }

    private double maxScrollY() {
        return shown == null ? 0 : Math.max(0, shown.cellsHeight() - cells.getHeight());
    }

    private void setDark(boolean on) {
        if (on == dark) return;
        dark = on;
        rebuild();
    }

    private Palette palette() {
        return dark ? Palette.DARK : Palette.LIGHT;
    }

    private void rebuild() {
        Figure f = figure.get();
        natural = f == null ? null : ScreenFigure.of(f, palette(), collapsed);
        shown = null;
        requestRepaint();
    }

    private void requestRepaint() {
        requestLayout();
        layoutNow();
    }

    /** Lays the parts out at once (so that a scroll or hit right after a change sees the new size). */
    private void layoutNow() {
        if (getWidth() > 0 && getHeight() > 0) layoutChildren();
    }

    /** Width and height left for the cells once the fixed parts and scroll bars have their room. */
    private double[] cellArea(ScreenFigure f) {
        double bar = scrollBarSize();
        return new double[] {Math.max(1, getWidth() - f.rowLabelsWidth() - f.colorBarWidth() - bar),
                Math.max(1, getHeight() - f.headerHeight() - bar)};
    }

    private double scrollBarSize() {
        return Math.max(8, vertical.prefWidth(-1));
    }

    private ScreenFigure atCurrentZoom() {
        double[] cell = natural.preferredCellSize();
        double z = zoom.get();
        if (!Double.isNaN(z)) return natural.withCellSize(cell[0] * z, cell[1] * z);
        // Stretch to fill, at most MAX_STRETCH times; label widths depend on the cell height, so settle twice.
        ScreenFigure f = natural;
        for (int round = 0; round < 2; round++) {
            double[] avail = cellArea(f);
            double[] filling = natural.cellSizeFilling(avail[0], avail[1]);
            f = natural.withCellSize(stretch(cell[0], filling[0]), stretch(cell[1], filling[1]));
        }
        return f;
    }

    private static double stretch(double natural, double available) {
        return Math.floor(Math.max(natural, Math.min(available, natural * MAX_STRETCH)) * 4) / 4;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (natural == null) {
            shown = null;
            for (Canvas c : new Canvas[] {header, rowLabels, colorBar}) size(c, 0, 0, 0, 0);
            size(cells, 0, 0, w, h);
            vertical.setVisible(false);
            horizontal.setVisible(false);
            paint();
            return;
        }
        if (shown == null || !sameZoom()) shown = atCurrentZoom();
        double bar = scrollBarSize();
        double left = Math.ceil(shown.rowLabelsWidth());
        double top = Math.ceil(shown.headerHeight());
        double right = Math.ceil(shown.colorBarWidth());
        boolean needV = shown.cellsHeight() > h - top;
        boolean needH = shown.cellsWidth() > w - left - right - (needV ? bar : 0);
        if (needH && !needV) needV = shown.cellsHeight() > h - top - bar;
        double cw = Math.max(1, Math.min(Math.ceil(shown.cellsWidth()), w - left - right - (needV ? bar : 0)));
        double ch = Math.max(1, Math.min(Math.ceil(shown.cellsHeight()), h - top - (needH ? bar : 0)));
        size(header, 0, 0, w - (needV ? bar : 0), top);
        size(rowLabels, 0, top, left, ch);
        size(cells, left, top, cw, ch);
        size(colorBar, left + cw, top, right, ch);
        vertical.setVisible(needV);
        horizontal.setVisible(needH);
        vertical.resizeRelocate(w - bar, top, bar, Math.max(0, h - top - (needH ? bar : 0)));
        horizontal.resizeRelocate(left, h - bar, Math.max(0, cw), bar);
        scrollX = Math.max(0, Math.min(maxScrollX(), scrollX));
        scrollY = Math.max(0, Math.min(maxScrollY(), scrollY));
        paint();
    }

    private boolean sameZoom() {
        double z = zoom.get();
        double[] cell = natural.preferredCellSize();
        if (Double.isNaN(z)) {
            ScreenFigure f = atCurrentZoom();
            return f.cellWidth() == shown.cellWidth() && f.cellHeight() == shown.cellHeight();
        }
        return shown.cellWidth() == cell[0] * z && shown.cellHeight() == cell[1] * z;
    }

    private static void size(Canvas c, double x, double y, double w, double h) {
        c.relocate(x, y);
        if (c.getWidth() != w) c.setWidth(w);
        if (c.getHeight() != h) c.setHeight(h);
    }

    /** Paints every part for the current scroll position: only what is in view. */
    private void paint() {
        painting = true;
        try {
            updateScrollBars();
        } finally {
            painting = false;
        }
        if (shown == null) {
            GraphicsContext gc = fresh(cells);
            gc.setFill(CellFills.fx(palette().background().getRGB()));
            gc.fillRect(0, 0, cells.getWidth(), cells.getHeight());
            return;
        }
        GraphicsContext gc = fresh(cells);
        shown.paintCells(new FXGraphics2D(gc), fills.on(gc), scrollX, scrollY, cells.getWidth(), cells.getHeight());
        shown.paintRowLabels(new FXGraphics2D(fresh(rowLabels)), scrollY, rowLabels.getWidth(), rowLabels.getHeight());
        shown.paintHeader(new FXGraphics2D(fresh(header)), scrollX, header.getWidth(), cells.getLayoutX(),
                cells.getLayoutX() + cells.getWidth());
        shown.paintColorBar(new FXGraphics2D(fresh(colorBar)), colorBar.getHeight());
    }

    private void updateScrollBars() {
        double viewH = cells.getHeight();
        double viewW = cells.getWidth();
        vertical.setMax(maxScrollY());
        vertical.setVisibleAmount(shown == null ? 1 : viewH / Math.max(1, shown.cellsHeight()) * maxScrollY());
        vertical.setUnitIncrement(shown == null ? 1 : shown.cellHeight() * 3);
        vertical.setBlockIncrement(viewH * 0.9);
        vertical.setValue(scrollY);
        horizontal.setMax(maxScrollX());
        horizontal.setVisibleAmount(shown == null ? 1 : viewW / Math.max(1, shown.cellsWidth()) * maxScrollX());
        horizontal.setUnitIncrement(shown == null ? 1 : shown.cellWidth());
        horizontal.setBlockIncrement(viewW * 0.9);
        horizontal.setValue(scrollX);
    }

    /** The canvas's context with no transform and nothing painted: every frame starts clean. */
    private static GraphicsContext fresh(Canvas c) {
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.clearRect(0, 0, c.getWidth(), c.getHeight());
        return gc;
    }
}
