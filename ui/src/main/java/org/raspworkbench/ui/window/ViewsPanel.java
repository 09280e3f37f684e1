package org.raspworkbench.ui.window;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.views.ModelViews;
import org.raspworkbench.ui.views.ViewInputs;

/**
 * The model views in tabs, fed from the state: the shown program and model with the trace of its
 * run, the debugger's snapshot (shared both ways: the heatmap's snapshot chooser moves the
 * debugger) and the state's S-op selection, so choosing an S-op anywhere marks it everywhere.
 */
final class ViewsPanel {
    private final WorkbenchState state;
    private final ModelViews views;
    private final TabPane tabs;

    /** {@code documentName} titles the figures (the file name without {@code .rasp}). */
    ViewsPanel(WorkbenchState state, ObservableValue<String> documentName, Node verify) {
        this.state = state;
        views = new ModelViews(state.selectedProperty());
        views.snapshotIndexProperty().bindBidirectional(state.debugger().snapshotProperty());
        views.programNameProperty().bind(Bindings.createStringBinding(
                () -> DocumentModel.programName(documentName.getValue()), documentName));
        state.shownProperty().addListener((obs, was, now) -> show());
        state.runProperty().addListener((obs, was, now) -> show());
        tabs = new TabPane(
                tab("graph", "Graph", Feather.SHARE_2, views.graph()),
                tab("layers", "Layers", Feather.LAYERS, views.layers()),
                tab("residual", "Residual stream", Feather.GRID, views.heatmap()),
                tab("tokens", "Tokens", Feather.LIST, views.tokens()),
                tab("attention", "Attention", Feather.EYE, views.attention()),
                tab("verify", "Verify", Feather.CHECK_CIRCLE, verify));
        // The first tab is selected by the pane before its listener could see it.
        Tab first = tabs.getTabs().get(0);
        if (first.getContent() == null) first.setContent(views.graph());
        tabs.setId("view-tabs");
        tabs.getStyleClass().add("views-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.graph().setId("graph-view");
        views.layers().setId("layers-view");
        views.heatmap().setId("heatmap-view");
        views.tokens().setId("tokens-view");
        views.attention().setId("attention-view");
        show();
    }

    private void show() {
        views.show(new ViewInputs(state.shownProgram().orElse(null), state.shownDigest().orElse(null),
                state.traceDigest().orElse(null)));
    }

    /**
     * A tab whose view joins the scene only when the tab is first selected: a view that is not on
     * screen costs no styling or layout at start-up. The view itself exists (and receives the
     * model) from the start, so selecting the tab shows it at once.
     */
    private static Tab tab(String id, String title, Feather icon, Node content) {
        Tab tab = new Tab(title);
        tab.setId("tab-" + id);
        tab.setGraphic(new FontIcon(icon));
        if (tab.isSelected()) tab.setContent(content);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null) tab.setContent(content);
        });
        return tab;
    }

    TabPane tabs() {
        return tabs;
    }

    ModelViews views() {
        return views;
    }
}
