package org.raspworkbench.ui.window;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.state.DebuggerState;
import org.raspworkbench.ui.state.WorkbenchState;

/**
 * The tabs that host the model views. Until the views are attached, each tab shows a placeholder
 * that summarises what it will draw, bound to the same state the real view will bind to.
 */
final class ViewTabs {
    private ViewTabs() {
    }

    static TabPane create(WorkbenchState state) {
        TabPane tabs = new TabPane();
        tabs.setId("view-tabs");
        tabs.getStyleClass().add("views-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StringBinding program = Bindings.createStringBinding(() -> state.shownProgram()
                .map(p -> countSops(p.nodes()) + " S-ops, " + (p.nodes().size() - countSops(p.nodes()))
                        + " selectors; output " + p.output().name())
                .orElse("No program yet"), state.shownProperty());
        StringBinding layers = Bindings.createStringBinding(() -> state.shownLayout().layers() + " layers",
                state.shownProperty());
        StringBinding snapshot = Bindings.createStringBinding(
                () -> "Snapshot: " + DebuggerState.describe(state.debugger().snapshot()),
                state.debugger().snapshotProperty());
        StringBinding selected = Bindings.createStringBinding(() -> {
            SOp s = state.selectedProperty().get();
            return s == null ? "Nothing selected" : "Selected: " + s.name();
        }, state.selectedProperty());
        tabs.getTabs().addAll(
                tab("graph", "Graph", Feather.SHARE_2, placeholder("view-graph", "S-op graph", program, selected)),
                tab("layers", "Layers", Feather.LAYERS, placeholder("view-layers", "Layer allocation", layers, snapshot)),
                tab("residual", "Residual stream", Feather.GRID, placeholder("view-residual", "Residual heatmap", snapshot, selected)),
                tab("tokens", "Tokens", Feather.LIST, placeholder("view-tokens", "Per-token inspection", snapshot, program)),
                tab("attention", "Attention", Feather.EYE, placeholder("view-attention", "Attention patterns", layers, snapshot)));
        return tabs;
    }

    private static long countSops(java.util.List<RaspExpr> nodes) {
        return nodes.stream().filter(n -> n instanceof SOp).count();
    }

    static Tab tab(String id, String title, Feather icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private static Node placeholder(String id, String title, StringBinding first, StringBinding second) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label a = new Label();
        a.getStyleClass().add("detail");
        a.textProperty().bind(first);
        Label b = new Label();
        b.getStyleClass().add("detail");
        b.textProperty().bind(second);
        VBox box = new VBox(heading, a, b);
        box.setId(id);
        box.getStyleClass().add("view-placeholder");
        return box;
    }
}
