package org.raspworkbench.ui.window;

import java.util.Optional;
import javafx.application.Platform;
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
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.ui.compile.BackgroundThreads;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.views.circuits.CircuitsModel;
import org.raspworkbench.ui.views.circuits.CircuitsView;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.intervention.InterventionsModel;
import org.raspworkbench.ui.views.intervention.PatchMarks;
import org.raspworkbench.ui.views.intervention.PatchOutcome;
import org.raspworkbench.ui.views.intervention.PatchedBanner;

/**
 * The model views in tabs, fed from the state: the shown program and model with the trace of its
 * run, the debugger's snapshot (shared both ways: the heatmap's snapshot chooser moves the
 * debugger) and the state's S-op selection, so choosing an S-op anywhere marks it everywhere.
 */
final class ViewsPanel {
    private final WorkbenchState state;
    private final InterventionsModel interventions;
    private final ModelViews views;
    private final TabPane tabs;
    private final CircuitsView circuits;

    /**
     * {@code documentName} titles the figures (the file name without {@code .rasp}); the views show
     * the patched run of {@code interventions} whenever one is on.
     */
    ViewsPanel(WorkbenchState state, InterventionsModel interventions, ObservableValue<String> documentName, Node verify,
               Node interventionsTab) {
        this.state = state;
        this.interventions = interventions;
        views = new ModelViews(state.selectedProperty());
        circuits = new CircuitsView(new CircuitsModel(BackgroundThreads.deepStack("rasp-circuits"), Platform::runLater),
                state.selectedProperty());
        circuits.programNameProperty().bind(views.programNameProperty());
        views.snapshotIndexProperty().bindBidirectional(state.debugger().snapshotProperty());
        views.programNameProperty().bind(Bindings.createStringBinding(
                () -> DocumentModel.programName(documentName.getValue()), documentName));
        state.shownProperty().addListener((obs, was, now) -> show());
        state.runProperty().addListener((obs, was, now) -> show());
        interventions.outcomeProperty().addListener((obs, was, now) -> show());
        Node graph = PatchedBanner.over(views.graph(), interventions, "patched-banner-graph");
        tabs = new TabPane(
                tab("graph", "Graph", Feather.SHARE_2, graph),
                tab("layers", "Layers", Feather.LAYERS, PatchedBanner.over(views.layers(), interventions, "patched-banner-layers")),
                tab("residual", "Residual stream", Feather.GRID,
                        PatchedBanner.over(views.heatmap(), interventions, "patched-banner-residual")),
                tab("tokens", "Tokens", Feather.LIST, PatchedBanner.over(views.tokens(), interventions, "patched-banner-tokens")),
                tab("attention", "Attention", Feather.EYE,
                        PatchedBanner.over(views.attention(), interventions, "patched-banner-attention")),
                tab("circuits", "Circuits", Feather.CPU, PatchedBanner.over(circuits, interventions, "patched-banner-circuits")),
                tab("interventions", "Interventions", Feather.SLIDERS,
                        PatchedBanner.over(interventionsTab, interventions, "patched-banner-interventions")),
                tab("verify", "Verify", Feather.CHECK_CIRCLE, verify));
        // The first tab is selected by the pane before its listener could see it.
        Tab first = tabs.getTabs().get(0);
        if (first.getContent() == null) first.setContent(graph);
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

    /** The shown model with its clean run, or with the patched run (and the clean one beside it) while one is on. */
    private void show() {
        Optional<PatchOutcome> patch = interventions.current().filter(PatchOutcome::isPatched);
        TraceDigest clean = state.traceDigest().orElse(null);
        TraceDigest shown = patch.flatMap(PatchOutcome::patched).orElse(clean);
        views.show(new ViewInputs(state.shownProgram().orElse(null), state.shownDigest().orElse(null), shown),
                patch.isPresent() ? clean : null);
        views.patchMarksProperty().set(interventions.current().map(PatchOutcome::marks).orElse(PatchMarks.NONE));
        // The circuits of the weights, and the attribution of the run on screen (patched or clean).
        circuits.model().modelProperty().set(state.shownProperty().get() == null ? null
                : state.shownProperty().get().model().orElse(null));
        ForwardTrace run = patch.flatMap(PatchOutcome::patchedTrace)
                .orElse(Optional.ofNullable(state.runProperty().get()).flatMap(RunOutcome::trace).orElse(null));
        circuits.model().runProperty().set(run);
        circuits.traceProperty().set(shown);
    }

    CircuitsView circuits() {
        return circuits;
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
