package org.raspworkbench.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.raspworkbench.ui.compile.BackgroundThreads;
import org.raspworkbench.ui.debugger.DebuggerBar;
import org.raspworkbench.ui.debugger.DebuggerController;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.files.FileActions;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.input.ExampleInputBar;
import org.raspworkbench.ui.problems.ProblemsView;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.theme.ThemeManager;
import org.raspworkbench.ui.views.intervention.CorePatchComputation;
import org.raspworkbench.ui.views.intervention.CorruptedInputBar;
import org.raspworkbench.ui.views.intervention.InterventionMenuItems;
import org.raspworkbench.ui.views.intervention.InterventionsModel;
import org.raspworkbench.ui.views.intervention.InterventionsMenu;
import org.raspworkbench.ui.views.intervention.InterventionsPanel;
import org.raspworkbench.ui.views.intervention.SweepPanel;
import org.raspworkbench.ui.views.verify.VerifyPanel;
import org.raspworkbench.ui.views.verify.VerifyRunner;

/**
 * Lays out the window: menus and tool bar on top; on the left the editor above the problems list;
 * on the right the example input and debugger strips above the model views; a status bar below.
 */
public final class MainWindow {
    /** What the window is built from. {@code io} writes exported figures. */
    public record Parts(WorkbenchState state, EditorPane editor, FileActions files, DebuggerController debugger,
                        ThemeManager theme, ObservableList<Path> recent, ObservableList<Sample> samples,
                        ObservableValue<String> documentName, ExportDialogs exportDialogs,
                        WeightsExportDialogs weightsDialogs, Executor io, Runnable quit) {
    }

    private final BorderPane root = new BorderPane();
    private final TabPane views;
    private final FigureExportActions exports;
    private final javafx.scene.control.MenuBar menuBar;
    private final WeightsExportActions weights;
    private final InterventionsModel interventions;
    private final org.raspworkbench.ui.views.ModelViews modelViews;

    public MainWindow(Parts p) {
        root.getStyleClass().add("workbench");
        VerifyRunner verifier = new VerifyRunner(VerifyRunner.thread(), Platform::runLater);
        verifier.modelProperty().bind(Bindings.createObjectBinding(() -> Optional.ofNullable(p.state().shownProperty()
                .get()).flatMap(CompileOutcome::model).orElse(null), p.state().shownProperty()));
        VerifyPanel verify = new VerifyPanel(verifier, new VerifyActions(p.state(), p.editor()));
        verify.setId("verify-view");
        interventions = new InterventionsModel(p.state(), new CorePatchComputation(),
                BackgroundThreads.deepStack("rasp-interventions"), Platform::runLater);
        InterventionsPanel interventionsPanel = new InterventionsPanel(interventions);
        SweepPanel sweep = new SweepPanel(interventions);
        SplitPane interventionsTab = new SplitPane(interventionsPanel, sweep);
        interventionsTab.setOrientation(Orientation.VERTICAL);
        interventionsTab.setDividerPositions(0.3);
        ViewsPanel panel = new ViewsPanel(p.state(), interventions, p.documentName(), verify, interventionsTab);
        sweep.programNameProperty().bind(panel.views().programNameProperty());
        modelViews = panel.views();
        panel.views().interventionMenuProperty().set(new InterventionMenuItems(interventions, p.state()));
        views = panel.tabs();
        views.getTabs().stream().filter(t -> "tab-verify".equals(t.getId())).findFirst().ifPresent(tab -> {
            // the quick check's verdict shows on the tab, so it is seen from every view
            tab.textProperty().bind(Bindings.createStringBinding(() -> VerifyPanel.tabTitle(verifier.badgeProperty()
                    .get()), verifier.badgeProperty()));
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(verifier.badgeProperty());
            tab.setTooltip(tip);
        });
        exports = new FigureExportActions(panel.views().heatmap(), panel.views().attention(), p.exportDialogs(), p.io(),
                Platform::runLater, p.documentName());
        panel.circuits().setExporters(
                figures -> exports.exportFigures("circuit figures", "circuits", figures.stream().map(f -> f.title()).toList(),
                        java.util.stream.IntStream.range(0, figures.size()).boxed().toList(), figures),
                chart -> exports.exportChart("circuit chart", chart instanceof org.raspworkbench.ui.figures.FunctionTable
                        ? "mlp-table" : "attribution", chart));
        sweep.setExporter(s -> exports.exportFigures("patching sweep", "patching-sweep", List.of("patching sweep"),
                List.of(0), s.figureProperty().get() == null ? List.of() : List.of(s.figureProperty().get())));
        // Its own thread: a large export takes seconds, and saves on the file thread must not wait for it.
        weights = new WeightsExportActions(p.state(), p.documentName(), p.weightsDialogs(),
                BackgroundThreads.named("rasp-weights-export"), Platform::runLater);
        WorkbenchMenus menus = new WorkbenchMenus(p.files(), p.editor(), p.debugger(), p.theme(), exports, weights, p.quit(),
                () -> {
                    views.getSelectionModel().select(views.getTabs().stream()
                            .filter(t -> "tab-verify".equals(t.getId())).findFirst().orElse(null));
                    verifier.verify();
                });
        menuBar = menus.menuBar(p.recent(), p.samples());
        menuBar.getMenus().add(InterventionsMenu.of(interventions, () -> views.getSelectionModel().select(
                views.getTabs().stream().filter(t -> "tab-interventions".equals(t.getId())).findFirst().orElse(null))));
        root.setTop(new VBox(menuBar, menus.toolBar()));

        EditorPane editor = p.editor();
        ProblemsView problems = new ProblemsView(p.state().problems(), d -> editor.jumpTo(d.range()));
        SplitPane left = new SplitPane(editor, problems);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.8);

        BorderPane right = new BorderPane(views);
        ExampleInputBar clean = new ExampleInputBar(p.state());
        CorruptedInputBar corrupted = new CorruptedInputBar(interventions.corruptedInputProperty(),
                Bindings.createStringBinding(() -> interventions.corruptedProperty().get().errorText(),
                        interventions.corruptedProperty()));
        // The two inputs side by side: activation patching compares runs on both.
        HBox inputs = new HBox(clean, corrupted);
        inputs.getStyleClass().add("inputs-row");
        HBox.setHgrow(clean, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(corrupted, javafx.scene.layout.Priority.ALWAYS);
        clean.setMaxWidth(Double.MAX_VALUE);
        corrupted.setMaxWidth(Double.MAX_VALUE);
        right.setTop(new VBox(inputs, new DebuggerBar(p.state(), p.debugger())));

        SplitPane center = new SplitPane(left, right);
        center.setDividerPositions(0.4);
        root.setCenter(center);
        StatusBar status = new StatusBar(p.state(), editor.area());
        status.addTask(new WeightsExportProgress(weights));
        root.setBottom(status);
        EditorStateBinding.bind(editor, p.state(), p.debugger());
    }

    /** For menus the window does not build itself (Help). */
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    public Parent root() {
        return root;
    }

    /** The tab pane that hosts the model views. */
    public TabPane views() {
        return views;
    }

    public FigureExportActions exports() {
        return exports;
    }

    /** The model views (graph, layers, heatmap, tokens, attention) as the tabs show them. */
    public org.raspworkbench.ui.views.ModelViews modelViews() {
        return modelViews;
    }

    /** The interventions on the clean run, the corrupted input and the patched run. */
    public InterventionsModel interventions() {
        return interventions;
    }

    /** File > Export Weights. */
    public WeightsExportActions weights() {
        return weights;
    }
}
