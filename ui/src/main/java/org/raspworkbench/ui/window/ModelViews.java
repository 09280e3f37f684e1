package org.raspworkbench.ui.window;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.StepWrites;
import org.raspworkbench.ui.views.attention.AttentionView;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.graph.GraphView;
import org.raspworkbench.ui.views.heatmap.HeatmapView;
import org.raspworkbench.ui.views.layers.LayerAllocationView;
import org.raspworkbench.ui.views.token.TokenInspectorView;

/**
 * Creates the model views and feeds them from the state: the shown program and model, the run's
 * trace, the debugger's snapshot and the directions its step wrote. All share the state's S-op
 * selection, so choosing an S-op in one view marks it in every view and in the source.
 */
final class ModelViews {
    private final WorkbenchState state;
    private final GraphView graph;
    private final LayerAllocationView layers;
    private final TokenInspectorView tokens;
    private final HeatmapView heatmap;
    private final AttentionView attention;

    /** {@code documentName} titles the figures (the file name without {@code .rasp}). */
    ModelViews(WorkbenchState state, ObservableValue<String> documentName) {
        this.state = state;
        graph = new GraphView(state.selectedProperty());
        graph.setId("graph-view");
        layers = new LayerAllocationView(state.selectedProperty());
        layers.setId("layers-view");
        tokens = new TokenInspectorView(state.selectedProperty());
        tokens.setId("tokens-view");
        heatmap = new HeatmapView(state.selectedProperty());
        heatmap.setId("heatmap-view");
        attention = new AttentionView(state.selectedProperty());
        attention.setId("attention-view");
        graph.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
        layers.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
        tokens.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
        attention.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
        // The heatmap has its own snapshot chooser: choosing there moves the debugger too.
        heatmap.snapshotIndexProperty().bindBidirectional(state.debugger().snapshotProperty());
        var programName = Bindings.createStringBinding(() -> {
            String n = documentName.getValue();
            return n != null && n.endsWith(".rasp") ? n.substring(0, n.length() - 5) : n;
        }, documentName);
        heatmap.programNameProperty().bind(programName);
        attention.programNameProperty().bind(programName);
        state.shownProperty().addListener((obs, was, now) -> showModel());
        state.runProperty().addListener((obs, was, now) -> showTrace());
        state.debugger().snapshotProperty().addListener((obs, was, now) -> showWrites());
        showModel();
    }

    private void showModel() {
        ModelDigest digest = state.shownDigest().orElse(null);
        // The model first: the graph reads it when the new program's layout arrives.
        graph.modelProperty().set(digest);
        graph.programProperty().set(state.shownProgram().orElse(null));
        layers.modelProperty().set(digest);
        tokens.modelProperty().set(digest);
        heatmap.modelProperty().set(digest);
        attention.modelProperty().set(digest);
        showTrace();
    }

    private void showTrace() {
        TraceDigest trace = state.traceDigest().orElse(null);
        tokens.traceProperty().set(trace);
        heatmap.traceProperty().set(trace);
        attention.traceProperty().set(trace);
        showWrites();
    }

    private void showWrites() {
        ModelDigest model = state.shownDigest().orElse(null);
        TraceDigest trace = state.traceDigest().orElse(null);
        int index = state.debugger().snapshot();
        Set<BasisDirection> written = model == null || index >= model.snapshotCount() ? Set.of()
                : StepWrites.writtenAt(model, trace, new Snapshot(index));
        tokens.writtenDirectionsProperty().set(written);
        heatmap.writtenDirectionsProperty().set(written);
    }

    /** The view tabs, in the order a reader follows a model: graph, layers, residual, tokens, attention. */
    TabPane tabs() {
        TabPane tabs = new TabPane(
                tab("graph", "Graph", Feather.SHARE_2, graph),
                tab("layers", "Layers", Feather.LAYERS, layers),
                tab("residual", "Residual stream", Feather.GRID, heatmap),
                tab("tokens", "Tokens", Feather.LIST, tokens),
                tab("attention", "Attention", Feather.EYE, attention));
        tabs.setId("view-tabs");
        tabs.getStyleClass().add("views-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String id, String title, Feather icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    HeatmapView heatmap() {
        return heatmap;
    }

    AttentionView attention() {
        return attention;
    }
}
