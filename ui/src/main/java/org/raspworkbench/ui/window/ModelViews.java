package org.raspworkbench.ui.window;

import java.util.Set;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.feather.Feather;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.StepWrites;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.graph.GraphView;
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

    ModelViews(WorkbenchState state) {
        this.state = state;
        graph = new GraphView(state.selectedProperty());
        graph.setId("graph-view");
        layers = new LayerAllocationView(state.selectedProperty());
        layers.setId("layers-view");
        tokens = new TokenInspectorView(state.selectedProperty());
        tokens.setId("tokens-view");
        graph.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
        layers.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
        tokens.snapshotIndexProperty().bind(state.debugger().snapshotProperty());
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
        showTrace();
    }

    private void showTrace() {
        tokens.traceProperty().set(state.traceDigest().orElse(null));
        showWrites();
    }

    private void showWrites() {
        ModelDigest model = state.shownDigest().orElse(null);
        TraceDigest trace = state.traceDigest().orElse(null);
        int index = state.debugger().snapshot();
        Set<BasisDirection> written = model == null || index >= model.snapshotCount() ? Set.of()
                : StepWrites.writtenAt(model, trace, new Snapshot(index));
        tokens.writtenDirectionsProperty().set(written);
    }

    /** The view tabs: real views where they exist, placeholders for the rest. */
    TabPane tabs() {
        TabPane tabs = ViewTabs.create(state);
        tabs.getTabs().set(0, ViewTabs.tab("graph", "Graph", Feather.SHARE_2, graph));
        tabs.getTabs().set(1, ViewTabs.tab("layers", "Layers", Feather.LAYERS, layers));
        tabs.getTabs().set(3, ViewTabs.tab("tokens", "Tokens", Feather.LIST, tokens));
        return tabs;
    }

    GraphView graph() {
        return graph;
    }
}
