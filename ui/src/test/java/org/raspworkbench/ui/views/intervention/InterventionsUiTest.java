package org.raspworkbench.ui.views.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.raspworkbench.ui.views.ModelViews;
import org.raspworkbench.ui.views.Shots;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Interventions in the window with the real compiler: right-click, patched banner, switching off. */
@ExtendWith(ApplicationExtension.class)
class InterventionsUiTest {
    @TempDir
    Path home;
    private final RecordingEngine engine = new RecordingEngine();
    private WorkbenchFixture fx;

    @Start
    void start(Stage stage) {
        fx = WorkbenchFixture.realCompiler(stage, engine, home);
    }

    @AfterEach
    void close() throws Exception {
        fx.close(engine);
    }

    private WorkbenchState state() {
        return fx.workbench.state();
    }

    private InterventionsModel interventions() {
        return fx.workbench.window().interventions();
    }

    private void selectTab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = fx.workbench.window().views();
            Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The layer whose attention computes {@code name} (a head's S-op). */
    private static int attentionLayerOf(ModelDigest m, String name) {
        for (BlockDigest b : m.blocks()) {
            if (b.subLayer().kind() == BlockKind.ATTENTION && b.sops().stream().anyMatch(s -> s.name().equals(name))) {
                return b.subLayer().layer();
            }
        }
        throw new AssertionError("no head computes " + name);
    }

    /**
     * Asks {@code node} for its context menu as a right-click does (Monocle's headless robot sends
     * the button but no context-menu request) and chooses the entry {@code itemId}.
     */
    private static void chooseFromContextMenu(FxRobot robot, Node node, String itemId) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            javafx.geometry.Bounds s = node.localToScene(node.getBoundsInLocal());
            node.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    s.getCenterX(), s.getCenterY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Callable<Optional<MenuItem>> item = () -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream())
                .filter(i -> itemId.equals(i.getId())).findFirst();
        // The handler shows the menu at once: no waiting, and say what it holds when the entry is missing.
        List<String> ids = fxCall(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).map(MenuItem::getId).toList());
        assertThat(ids).as("entries of the menu that opened").contains(itemId);
        robot.interact(() -> {
            try {
                MenuItem i = item.call().orElseThrow();
                assertThat(i.isDisable()).as(itemId + " is enabled").isFalse();
                i.fire();
                i.getParentPopup().hide();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private ModelViews views() {
        return fx.workbench.window().modelViews();
    }

    @Test
    void ablatingAHeadFromTheLayersViewPatchesEveryViewAndSwitchingItOffRestoresTheCleanRun(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        ModelDigest m = state().shownDigest().orElseThrow();
        int layer = attentionLayerOf(m, "reverse");
        selectTab(robot, "tab-layers");
        Node entry = robot.lookup("#alloc-attn-" + layer + "-reverse").query();
        chooseFromContextMenu(robot, entry, "intervention-ablate-head-" + layer + "-0");

        waitUntil(() -> interventions().isPatched());
        assertThat(interventions().entries()).hasSize(1);
        assertThat(interventions().entries().get(0).label()).contains("L" + layer + ".H0").contains("reverse");
        // Every view is marked, and shows the patched run with the clean one beside it.
        for (String view : List.of("graph", "layers", "residual", "tokens", "attention")) {
            selectTab(robot, "tab-" + view);
            assertThat(robot.lookup("#patched-banner-" + view).query().isVisible()).as(view).isTrue();
        }
        assertThat(views().traceProperty().get()).isNotSameAs(state().traceDigest().orElseThrow());
        assertThat(views().cleanTraceProperty().get()).isSameAs(state().traceDigest().orElseThrow());
        assertThat(robot.lookup("#alloc-attn-" + layer + "-reverse").query().getStyleClass()).contains("intervened");

        // The Tokens view marks the output positions the ablation changed (the head writes the output).
        selectTab(robot, "tab-tokens");
        robot.interact(() -> fx.workbench.debugger().runToEnd());
        waitUntil(() -> !robot.lookup(".output-cell.changed").queryAll().isEmpty());
        assertThat(robot.lookup("#token-changes").queryLabeled().getText()).contains("output changed at");
        robot.interact(() -> Shots.save(fx.workbench.window().root(), "interventions-reverse-ablated"));

        // Switched off in the list: the clean run again, no banner, no marks.
        robot.interact(() -> {
            MenuItem show = fx.workbench.window().menuBar().getMenus().stream()
                    .filter(menu -> "menu-interventions".equals(menu.getId())).findFirst().orElseThrow()
                    .getItems().stream().filter(i -> "menu-interventions-show".equals(i.getId())).findFirst().orElseThrow();
            show.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.workbench.window().views().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-interventions");
        robot.clickOn("#intervention-enabled-0");
        waitUntil(() -> !interventions().isPatched());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(views().traceProperty().get()).isSameAs(state().traceDigest().orElseThrow());
        assertThat(views().cleanTraceProperty().get()).isNull();
        assertThat(robot.lookup("#patched-banner-tokens").query().isVisible()).isFalse();
        assertThat(robot.lookup(".output-cell.changed").queryAll()).isEmpty();
        assertThat(interventions().entries()).hasSize(1);
        assertThat(interventions().entries().get(0).enabled()).isFalse();
    }

    @Test
    void writingAValueFromAHeatmapCellSetsThatSopThereAndTheTokensViewShowsIt(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        selectTab(robot, "tab-residual");
        robot.interact(() -> fx.workbench.debugger().runToEnd());
        openHeatmapMenu(robot, "reverse:c", 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.Menu write = (javafx.scene.control.Menu) Window.getWindows().stream()
                    .filter(w -> w instanceof ContextMenu && w.isShowing())
                    .flatMap(w -> ((ContextMenu) w).getItems().stream())
                    .filter(i -> "intervention-write".equals(i.getId())).findFirst().orElseThrow();
            assertThat(write.getText()).contains("position 2");
            MenuItem c = write.getItems().stream().filter(i -> i.getText().equals("'c'")).findFirst().orElseThrow();
            c.fire();
            write.getParentPopup().hide();
        });
        waitUntil(() -> interventions().isPatched());
        assertThat(interventions().entries().get(0).label()).contains("write 'c'").contains("reverse");
        selectTab(robot, "tab-tokens");
        robot.interact(() -> views().tokens().positionProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        var row = views().tokens().viewModel().outputCells().get(1);
        assertThat(row.value().decoded()).hasValueSatisfying(v -> assertThat(v.str()).isEqualTo("c"));
        assertThat(row.changed()).isTrue();
        assertThat(views().tokens().viewModel().outputCells().stream().filter(OutputCellChanged::changed).count())
                .as("only position 2 was written").isEqualTo(1);
    }

    @Test
    void theTokensTableOffersTheSopOfARowAtThePositionShown(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        selectTab(robot, "tab-tokens");
        robot.interact(() -> {
            fx.workbench.debugger().runToEnd();
            views().tokens().positionProperty().set(3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#token-table .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null
                        && ((org.raspworkbench.ui.views.data.DecodedValue) r.getItem()).sop().name().equals("reverse"))
                .findFirst().orElseThrow();
        chooseFromContextMenu(robot, row, "intervention-zero-subspace-at");
        waitUntil(() -> interventions().isPatched());
        assertThat(interventions().entries().get(0).label()).contains("zero").contains("reverse").contains("[3]");
        assertThat(views().tokens().viewModel().outputCells().stream().filter(OutputCellChanged::changed)
                .map(c -> c.position()).toList()).containsExactly(3);
    }

    @Test
    void meanAblatingASubLayerDrawsItsInputsInTheBackgroundThenPatches(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        int layer = attentionLayerOf(state().shownDigest().orElseThrow(), "reverse");
        selectTab(robot, "tab-layers");
        chooseFromContextMenu(robot, robot.lookup("#sublayer-attn-" + layer).query(),
                "intervention-mean-sublayer-attn-" + layer);
        waitUntil(() -> interventions().isPatched());
        assertThat(interventions().entries()).hasSize(1);
        assertThat(interventions().entries().get(0).label()).startsWith("mean L" + layer + " attention");
        assertThat(interventions().entries().get(0).intervention().action())
                .isInstanceOfSatisfying(org.raspworkbench.core.intervention.InterventionAction.Mean.class,
                        mean -> assertThat(mean.inputs()).isNotEmpty().allSatisfy(i -> assertThat(i).hasSize(5)));
        assertThat(robot.lookup("#sublayer-attn-" + layer).query().getStyleClass()).contains("intervened");
        assertThat(interventions().computingProperty().get()).isFalse();
    }

    @Test
    void patchingASubspaceAtOnePositionFromAHeatmapCellChangesTheOutputThereOnly(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        robot.interact(() -> interventions().corruptedInputProperty().set("\"cbaac\""));
        waitUntil(() -> interventions().corruptedInput().isPresent());
        selectTab(robot, "tab-residual");
        robot.interact(() -> fx.workbench.debugger().runToEnd());
        // Clean "abcab" reads back as "bacba", corrupted "cbaac" as "caabc": position 1 differs.
        openHeatmapMenu(robot, "reverse:b", 1);
        robot.interact(() -> {
            MenuItem at = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                    .flatMap(w -> ((ContextMenu) w).getItems().stream())
                    .filter(i -> "intervention-patch-subspace-at".equals(i.getId())).findFirst().orElseThrow();
            assertThat(at.isDisable()).isFalse();
            at.fire();
            at.getParentPopup().hide();
        });
        waitUntil(() -> interventions().isPatched());
        assertThat(interventions().entries().get(0).label()).contains("patch").contains("reverse").contains("[1]");
        var cells = views().tokens().viewModel().outputCells();
        assertThat(cells.stream().filter(OutputCellChanged::changed).map(c -> c.position()).toList()).containsExactly(1);
        assertThat(cells.get(0).value().decoded()).hasValueSatisfying(v -> assertThat(v.str()).isEqualTo("c"));
    }

    /** Opens the heatmap's context menu on the cell of direction {@code row} at stream position {@code column}. */
    private void openHeatmapMenu(FxRobot robot, String row, int column) {
        var heatmap = views().heatmap();
        javafx.geometry.Point2D cell = fxCall(() -> {
            var canvas = heatmap.drawing().canvas();
            var size = canvas.getLayoutBounds();
            for (double y = 1; y < size.getHeight(); y += 2) {
                for (double x = 1; x < size.getWidth(); x += 2) {
                    var hit = heatmap.drawing().hit(x, y);
                    if (hit.isPresent() && hit.get().kind() == org.raspworkbench.ui.figures.HitKind.CELL
                            && hit.get().rowLabel().equals(row) && hit.get().column() == column) {
                        return new javafx.geometry.Point2D(x, y);
                    }
                }
            }
            throw new AssertionError("no cell " + row + " at position " + column + " on screen");
        });
        Node canvas = heatmap.drawing().canvas();
        robot.interact(() -> {
            javafx.geometry.Point2D screen = canvas.localToScreen(cell);
            javafx.geometry.Point2D scene = canvas.localToScene(cell);
            // x and y of a new event are in the scene; delivery makes them the canvas's own.
            canvas.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@link org.raspworkbench.ui.views.token.OutputCell#changed} as a predicate. */
    private interface OutputCellChanged {
        static boolean changed(org.raspworkbench.ui.views.token.OutputCell c) {
            return c.changed();
        }
    }

    private static <T> T fxCall(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anInterventionSurvivesRecompilingWhileItsComponentExistsAndSaysSoWhenItIsGone(FxRobot robot) {
        fx.openSample(robot, "reverse.rasp");
        SOp reverse = state().shownProgram().orElseThrow().output();
        robot.interact(() -> interventions().add(org.raspworkbench.core.intervention.Intervention.zero(
                org.raspworkbench.core.intervention.InterventionTarget.SOpSubspace.of(reverse))));
        waitUntil(() -> interventions().isPatched());
        var firstModel = state().shownProperty().get();
        // A comment changes the text, not the program: the model is recompiled and the patch stays on.
        String text = fx.workbench.editor().getText();
        fx.load(robot, text + "\n# recompiled\n");
        waitUntil(() -> state().shownProperty().get() != firstModel && interventions().isPatched());
        assertThat(interventions().entries().get(0).problem()).isEmpty();
        // Renaming the output S-op removes what the intervention was on: it stays listed, marked, off the run.
        fx.load(robot, text.replace("reverse", "backwards"));
        waitUntil(() -> state().shownProgram().map(p -> p.output().name().equals("backwards")).orElse(false)
                && interventions().current().isPresent() && !interventions().isPatched());
        assertThat(interventions().entries()).hasSize(1);
        assertThat(interventions().entries().get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("reverse"));

        // Another document starts without them, and without the corrupted input.
        robot.interact(() -> interventions().corruptedInputProperty().set("\"cba\""));
        fx.dialogs.unsavedAnswers.add(org.raspworkbench.ui.files.FileDialogs.UnsavedChoice.DISCARD);
        fx.openSample(robot, "sort.rasp");
        assertThat(state().shownProgram().orElseThrow().output().name()).isEqualTo("sort");
        assertThat(interventions().entries()).isEmpty();
        assertThat(interventions().corruptedInputProperty().get()).isEmpty();
        assertThat(interventions().isPatched()).isFalse();
    }
}
