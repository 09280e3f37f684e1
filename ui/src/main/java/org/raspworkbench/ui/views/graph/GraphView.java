package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.compile.LatestOnly;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.ViewTasks;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.intervention.InterventionMenu;
import org.raspworkbench.ui.views.intervention.PatchMarks;

/**
 * The dependency graph, inputs at the top, with zoom, fit and pan (see {@link GraphViewport}).
 * Node boxes are measured on the FX thread, laid out on the background executor, then placed;
 * clicking an S-op selects it everywhere, and selecting one anywhere scrolls its node into view.
 */
public final class GraphView extends BorderPane {
    private static final String TOOLTIP_KEY = "graph-tooltip";
    private final GraphViewModel viewModel;
    private final GraphLayouter layouter;
    private final LatestOnly layoutJob;
    private final Pane canvas = new Pane();
    private final Group edgeLayer = new Group();
    private final GraphViewport viewport = new GraphViewport(canvas);
    private final List<GraphNodeView> nodeViews = new ArrayList<>();
    private final List<EdgeShape> edgeViews = new ArrayList<>();
    private GraphLayout layout = GraphLayout.EMPTY;
    private DependencyGraph laidOut = DependencyGraph.EMPTY;
    /** The graph the node views were made for. */
    private DependencyGraph built = DependencyGraph.EMPTY;
    private final Group laneLayer = new Group();
    private final List<Label> laneNames = new ArrayList<>();
    private final BooleanProperty inLanes = new SimpleBooleanProperty(this, "inLanes", true);
    private List<NodeLayers.NodeLayer> layers = List.of();
    private boolean rebuildQueued;
    private final ObjectProperty<InterventionMenu> interventionMenu =
            new SimpleObjectProperty<>(this, "interventionMenu", InterventionMenu.NONE);
    private final ObjectProperty<PatchMarks> patchMarks = new SimpleObjectProperty<>(this, "patchMarks", PatchMarks.NONE);

    public GraphView(ObjectProperty<SOp> selection) {
        this(selection, ViewTasks.background(), FallbackLayouter.standard());
    }

    public GraphView(ObjectProperty<SOp> selection, Executor executor, GraphLayouter layouter) {
        this.viewModel = new GraphViewModel(selection);
        this.layouter = layouter;
        this.layoutJob = new LatestOnly(executor, Platform::runLater);
        ViewStyles.apply(this, "graph-view");
        canvas.getChildren().addAll(laneLayer, edgeLayer);
        canvas.getStyleClass().add("graph-drawing");
        setTop(GraphToolbar.of(viewport, inLanes));
        setCenter(viewport);

        // The badges need the model and the boxes need CSS: rebuild once both have settled.
        viewModel.graphProperty().addListener((o, a, g) -> queueRebuild());
        viewModel.modelProperty().addListener((o, a, b) -> queueRebuild());
        inLanes.addListener((o, a, b) -> queueRebuild());
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) queueRebuild();
        });
        selection.addListener((o, a, b) -> {
            refreshMarks();
            revealSelection();
        });
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> refreshMarks());
        patchMarks.addListener((o, a, b) -> refreshMarks());
        viewport.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a.getWidth() <= 0 && b.getWidth() > 0) Platform.runLater(this::revealSelection);
            pinLaneNames();
        });
        // Scrolling and zooming both move the drawing in the scene.
        canvas.localToSceneTransformProperty().addListener((o, a, b) -> pinLaneNames());
    }

    public GraphViewModel viewModel() { return viewModel; }
    /** Whether nodes are drawn in one lane per sub-layer (when the model allocates every node). */
    public BooleanProperty inLanesProperty() { return inLanes; }
    /** The drawing's scale (1 = 100%). */
    public DoubleProperty zoomProperty() { return viewport.zoomProperty(); }

    /** Zooms about the middle of the view. */
    public void zoomBy(double factor) {
        viewport.zoomBy(factor);
    }

    /** Scales the whole graph into view, and keeps it so until the user zooms. */
    public void fit() {
        viewport.fit();
    }

    public ObjectProperty<RaspProgram> programProperty() { return viewModel.programProperty(); }
    public ObjectProperty<ModelDigest> modelProperty() { return viewModel.modelProperty(); }
    public IntegerProperty snapshotIndexProperty() { return viewModel.snapshotIndexProperty(); }
    /** The right-click entries of an S-op's node. */
    public ObjectProperty<InterventionMenu> interventionMenuProperty() { return interventionMenu; }
    /** Outlines intervened S-ops and glows those the patched run changed. */
    public ObjectProperty<PatchMarks> patchMarksProperty() { return patchMarks; }

    /** The current layout (empty until the background layout of the current graph arrives). */
    public GraphLayout currentLayout() {
        return layout;
    }

    /** The layout's box of the node that stands for {@code sop}, once laid out. */
    public Optional<GraphLayout.Box> boxOf(SOp sop) {
        return laidOut.indexOf(sop).filter(i -> i < layout.boxes().size()).map(i -> layout.boxes().get(i));
    }

    /** Whether the node of {@code sop} lies wholly inside the visible part of the view. */
    public boolean isShown(SOp sop) {
        return boxOf(sop).map(viewport::shows).orElse(false);
    }

    private void queueRebuild() {
        if (rebuildQueued) return;
        rebuildQueued = true;
        Platform.runLater(() -> {
            rebuildQueued = false;
            rebuild();
        });
    }

    private void rebuild() {
        // Outside a scene CSS cannot apply, and boxes measured without it would be too small.
        if (getScene() == null) return;
        DependencyGraph graph = viewModel.graph();
        built = graph;
        canvas.getChildren().removeAll(nodeViews);
        nodeViews.clear();
        edgeLayer.getChildren().clear();
        edgeViews.clear();
        layers = NodeLayers.of(graph, viewModel.modelProperty().get());
        List<String> calls = CallSiteLabels.of(viewModel.programProperty().get(), graph);
        for (int i = 0; i < graph.nodes().size(); i++) {
            GraphNode n = graph.nodes().get(i);
            GraphNodeView v = new GraphNodeView(n, layers.get(i).badge(), calls.get(i));
            v.setVisible(false);
            v.setOnMouseClicked(e -> viewModel.click(n));
            if (n.expr() instanceof SOp sop) {
                v.setOnContextMenuRequested(e -> {
                    viewModel.click(n);
                    InterventionMenu.show(v, e, interventionMenu.get().forSop(sop, Optional.empty()));
                });
            }
            nodeViews.add(v);
            canvas.getChildren().add(v);
        }
        refreshMarks();
        List<GraphLayout.Size> sizes = measureAll();
        installTooltips();
        // A failed layout is logged by LatestOnly; the fallback layouter makes one unlikely.
        List<Integer> lanes = inLanes.get() ? NodeLayers.lanes(graph, layers) : List.of();
        layoutJob.submit(() -> layouter.layout(graph, sizes, lanes), result -> place(graph, result), failure -> { });
    }

    /**
     * The box each node needs in whichever state it is drawn: selection thickens the border, and a
     * box measured without it would cut the last line when the node is selected. One CSS pass per
     * state for all nodes (a pass per node cost ~1 ms each on sat3).
     */
    private List<GraphLayout.Size> measureAll() {
        double[] w = new double[nodeViews.size()];
        double[] h = new double[nodeViews.size()];
        List<Boolean> selected = new ArrayList<>();
        for (GraphNodeView v : nodeViews) selected.add(v.getStyleClass().contains("selected"));
        for (boolean state : new boolean[] {false, true}) {
            for (GraphNodeView v : nodeViews) ViewStyles.mark(v, "selected", state);
            canvas.applyCss();
            for (int i = 0; i < nodeViews.size(); i++) {
                w[i] = Math.max(w[i], nodeViews.get(i).prefWidth(-1));
                h[i] = Math.max(h[i], nodeViews.get(i).prefHeight(-1));
            }
        }
        for (int i = 0; i < nodeViews.size(); i++) ViewStyles.mark(nodeViews.get(i), "selected", selected.get(i));
        List<GraphLayout.Size> sizes = new ArrayList<>();
        for (int i = 0; i < nodeViews.size(); i++) sizes.add(new GraphLayout.Size(Math.ceil(w[i]), Math.ceil(h[i])));
        return sizes;
    }

    private void place(DependencyGraph graph, GraphLayout result) {
        if (graph != built || nodeViews.size() != result.boxes().size()) return;
        layout = result;
        laidOut = graph;
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
        drawLanes(result);
        canvas.setPrefSize(result.width(), result.height());
        canvas.setMinSize(result.width(), result.height());
        canvas.setMaxSize(result.width(), result.height());
        refreshMarks();
        if (viewport.isFitting()) {
            viewport.layout();
            viewport.fit();
        } else {
            revealSelection();
        }
    }

    /** The lanes' strips behind the graph, alternately shaded, each named at its left. */
    private void drawLanes(GraphLayout result) {
        laneLayer.getChildren().clear();
        laneNames.clear();
        for (int k = 0; k < result.bands().size(); k++) {
            GraphLayout.Band band = result.bands().get(k);
            Rectangle strip = new Rectangle(0, band.top(), result.width(), band.bottom() - band.top());
            strip.getStyleClass().addAll("graph-lane", k % 2 == 0 ? "graph-lane-even" : "graph-lane-odd");
            Label name = new Label(NodeLayers.laneName(band.lane()));
            name.getStyleClass().add("graph-lane-name");
            name.setLayoutY(band.top() + 6);
            laneNames.add(name);
            laneLayer.getChildren().addAll(strip, name);
        }
        pinLaneNames();
    }

    /** Keeps the lanes' names at the left edge of the view while the graph scrolls sideways. */
    private void pinLaneNames() {
        if (laneNames.isEmpty() || getScene() == null) return;
        javafx.geometry.Point2D corner = viewport.localToScene(viewport.snappedLeftInset(), viewport.snappedTopInset());
        double left = Math.max(0, canvas.sceneToLocal(corner).getX());
        for (Label name : laneNames) name.setLayoutX(left + 8);
    }

    /** Scrolls the selected S-op's node to the middle of the view when any of it is out of sight. */
    private void revealSelection() {
        SOp selected = viewModel.selectionProperty().get();
        if (selected == null || viewport.getViewportBounds().getWidth() <= 0) return;
        boxOf(selected).ifPresent(box -> {
            if (!viewport.shows(box)) viewport.centreOn(box);
        });
    }

    private void refreshMarks() {
        DependencyGraph graph = built;
        for (GraphNodeView v : nodeViews) {
            ViewStyles.mark(v, "selected", viewModel.isSelected(v.node()));
            ViewStyles.mark(v, "step", viewModel.isInStep(v.node()));
            ViewStyles.mark(v, "output", viewModel.isOutput(v.node()));
            PatchMarks marks = patchMarks.get() == null ? PatchMarks.NONE : patchMarks.get();
            ViewStyles.mark(v, "intervened", marks.intervened(v.node().name()));
            ViewStyles.mark(v, "changed", marks.changed(v.node().name()));
        }
        edgeLayer.getChildren().clear();
        for (EdgeShape shape : edgeViews) {
            GraphEdge e = shape.edge();
            boolean touches = viewModel.isSelected(graph.nodes().get(e.from()))
                    || viewModel.isSelected(graph.nodes().get(e.to()));
            ViewStyles.mark(shape.line(), "selected", touches);
            ViewStyles.mark(shape.head(), "selected", touches);
            edgeLayer.getChildren().addAll(shape.line(), shape.head());
        }
    }

    /** Each node's hover text, made the first time the pointer enters it (a tooltip is a window). */
    private void installTooltips() {
        for (int i = 0; i < nodeViews.size(); i++) {
            GraphNodeView v = nodeViews.get(i);
            String badge = layers.get(i).badge();
            v.setOnMouseEntered(e -> {
                if (v.getProperties().containsKey(TOOLTIP_KEY)) return;
                Tooltip t = new Tooltip(viewModel.describe(v.node(), badge));
                t.setShowDelay(Duration.millis(250));
                t.getStyleClass().add("graph-tooltip");
                Tooltip.install(v, t);
                v.getProperties().put(TOOLTIP_KEY, t);
            });
        }
    }
}
