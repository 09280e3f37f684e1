package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.compile.LatestOnly;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.ViewTasks;
import org.raspworkbench.ui.views.data.ModelDigest;

/**
 * The dependency graph, inputs at the top. Node boxes are measured on the FX thread, laid out on
 * the background executor, then placed; clicking an S-op selects it everywhere.
 */
public final class GraphView extends StackPane {
    private static final double ZOOM_STEP = 1.15;
    private static final double MIN_ZOOM = 0.2;
    private static final double MAX_ZOOM = 4;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final GraphViewModel viewModel;
    private final GraphLayouter layouter;
    private final LatestOnly layoutJob;
    private final Pane canvas = new Pane();
    private final Group edgeLayer = new Group();
    private final List<GraphNodeView> nodeViews = new ArrayList<>();
    private final List<EdgeShape> edgeViews = new ArrayList<>();
    private GraphLayout layout = GraphLayout.EMPTY;

    public GraphView(ObjectProperty<SOp> selection) {
        this(selection, ViewTasks.background(), FallbackLayouter.standard());
    }

    public GraphView(ObjectProperty<SOp> selection, Executor executor, GraphLayouter layouter) {
        this.viewModel = new GraphViewModel(selection);
        this.layouter = layouter;
        this.layoutJob = new LatestOnly(executor, Platform::runLater);
        ViewStyles.apply(this, "graph-view");
        canvas.getChildren().add(edgeLayer);
        // The group scales with the zoom; the stack centres a graph smaller than the viewport.
        StackPane centred = new StackPane(new Group(canvas));
        centred.getStyleClass().add("graph-canvas");
        centred.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        canvas.scaleXProperty().bind(zoom);
        canvas.scaleYProperty().bind(zoom);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (!e.isShortcutDown() || e.getDeltaY() == 0) return;
            zoomBy(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
            e.consume();
        });
        scroll.getStyleClass().add("graph-scroll");
        getChildren().add(scroll);

        viewModel.graphProperty().addListener((o, a, g) -> rebuild(g));
        selection.addListener((o, a, b) -> refreshMarks());
        viewModel.modelProperty().addListener((o, a, b) -> {
            refreshMarks();
            refreshTooltips();
        });
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> refreshMarks());
    }

    public GraphViewModel viewModel() { return viewModel; }
    /** The drawing's scale; shortcut + scroll changes it. */
    public DoubleProperty zoomProperty() { return zoom; }

    public void zoomBy(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }
    public ObjectProperty<RaspProgram> programProperty() { return viewModel.programProperty(); }
    public ObjectProperty<ModelDigest> modelProperty() { return viewModel.modelProperty(); }
    public IntegerProperty snapshotIndexProperty() { return viewModel.snapshotIndexProperty(); }

    /** The current layout (empty until the background layout of the current graph arrives). */
    public GraphLayout currentLayout() {
        return layout;
    }

    private void rebuild(DependencyGraph graph) {
        canvas.getChildren().removeAll(nodeViews);
        nodeViews.clear();
        edgeLayer.getChildren().clear();
        edgeViews.clear();
        List<GraphLayout.Size> sizes = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            GraphNodeView v = new GraphNodeView(n);
            v.setVisible(false);
            v.setOnMouseClicked(e -> viewModel.click(n));
            nodeViews.add(v);
            canvas.getChildren().add(v);
            v.applyCss();
            sizes.add(new GraphLayout.Size(Math.ceil(v.prefWidth(-1)), Math.ceil(v.prefHeight(-1))));
        }
        refreshTooltips();
        refreshMarks();
        // A failed layout is logged by LatestOnly; the fallback layouter makes one unlikely.
        layoutJob.submit(() -> layouter.layout(graph, sizes), result -> place(graph, result), failure -> { });
    }

    private void place(DependencyGraph graph, GraphLayout result) {
        if (graph != viewModel.graph()) return;
        layout = result;
        for (int i = 0; i < nodeViews.size(); i++) {
            GraphLayout.Box b = result.boxes().get(i);
            GraphNodeView v = nodeViews.get(i);
            v.resizeRelocate(b.x(), b.y(), b.width(), b.height());
            v.setVisible(true);
        }
        for (GraphLayout.Route r : result.routes()) {
            EdgeShape shape = EdgeShape.of(r);
            if (graph.nodes().get(r.edge().from()).isSelector()) shape.line().getStyleClass().add("selector-edge");
            edgeViews.add(shape);
        }
        canvas.setPrefSize(result.width(), result.height());
        canvas.setMinSize(result.width(), result.height());
        refreshMarks();
    }

    private void refreshMarks() {
        DependencyGraph graph = viewModel.graph();
        for (GraphNodeView v : nodeViews) {
            ViewStyles.mark(v, "selected", viewModel.isSelected(v.node()));
            ViewStyles.mark(v, "step", viewModel.isInStep(v.node()));
            ViewStyles.mark(v, "output", viewModel.isOutput(v.node()));
        }
        edgeLayer.getChildren().clear();
        for (int i = 0; i < edgeViews.size(); i++) {
            EdgeShape shape = edgeViews.get(i);
            GraphEdge e = shape.edge();
            boolean touches = viewModel.isSelected(graph.nodes().get(e.from()))
                    || viewModel.isSelected(graph.nodes().get(e.to()));
            ViewStyles.mark(shape.line(), "selected", touches);
            ViewStyles.mark(shape.head(), "selected", touches);
            edgeLayer.getChildren().addAll(shape.line(), shape.head());
        }
    }

    private void refreshTooltips() {
        for (GraphNodeView v : nodeViews) {
            Tooltip t = new Tooltip(viewModel.describe(v.node()));
            t.setShowDelay(Duration.millis(250));
            t.getStyleClass().add("graph-tooltip");
            Tooltip.install(v, t);
        }
    }
}
