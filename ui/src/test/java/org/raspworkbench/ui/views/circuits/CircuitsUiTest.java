package org.raspworkbench.ui.views.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.figures.CircuitFigures;
import org.raspworkbench.ui.figures.CircuitGrid;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.ScriptedExportDialogs;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.raspworkbench.ui.views.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The circuits tab on sort: grids beside the pattern, the MLP table, attribution, following the selection. */
@ExtendWith(ApplicationExtension.class)
class CircuitsUiTest {
    @TempDir
    Path home;
    @TempDir
    Path out;
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

    @Test
    void sortShowsEachHeadsGridsItsMlpTablesAndTheAttributionAndFollowsTheSelection(FxRobot robot) throws Exception {
        fx.openSample(robot, "sort.rasp");
        robot.interact(() -> {
            TabPane tabs = fx.workbench.window().views();
            Tab tab = tabs.getTabs().stream().filter(t -> "tab-circuits".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        CircuitsView view = robot.lookup("#circuits-view").queryAs(CircuitsView.class);
        waitUntil(() -> view.model().currentGrids().isPresent() && view.model().currentAttribution().isPresent());
        ModelGrids grids = view.model().currentGrids().orElseThrow();
        assertThat(grids.heads()).isNotEmpty();
        assertThat(grids.mlps()).isNotEmpty();

        // Selecting the S-op a head computes shows that head's QK and OV grids, as the export draws them.
        HeadGrids last = grids.heads().get(grids.heads().size() - 1);
        SOp sop = last.sop();
        robot.interact(() -> fx.workbench.state().selectedProperty().set(sop));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.heads().getValue()).isSameAs(last);
        String title = last.name() + ": " + sop.name() + " QK";
        waitUntil(() -> view.qkDrawing().figureProperty().get() != null
                && view.qkDrawing().figureProperty().get().title().endsWith(title));
        CircuitGrid qk = (CircuitGrid) view.qkDrawing().figureProperty().get();
        CircuitGrid expected = CircuitFigures.qk("sort", last);
        assertThat(qk.rows()).isEqualTo(expected.rows());
        assertThat(qk.columns()).isEqualTo(expected.columns());
        assertThat(qk.cells()).isDeepEqualTo(expected.cells());
        assertThat(view.ovDrawing().figureProperty().get()).isNotNull();
        assertThat(view.shownFigures()).hasSize(3);

        // An MLP's S-op brings up its table; its image and the attribution chart are drawn.
        MlpTable mlp = grids.mlps().get(0);
        robot.interact(() -> fx.workbench.state().selectedProperty().set(mlp.sop()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.mlps().getValue()).isSameAs(mlp);
        waitUntil(() -> !view.tableImage().images().isEmpty() && !view.attributionImage().images().isEmpty());
        assertThat(robot.lookup("#circuits-table-title").queryLabeled().getText()).contains(mlp.sop().name());
        robot.interact(() -> Shots.save(view, "circuits-sort"));

        // The table exports through the figure export dialog.
        Path file = out.resolve("table.svg");
        fx.exportDialogs.targets.add(ScriptedExportDialogs.answer(file, ExportFormat.SVG, 96));
        robot.interact(() -> view.shownTable().ifPresent(t -> fx.workbench.window().exports()
                .exportChart("circuit chart", "mlp-table", t)));
        waitUntil(() -> Files.exists(file));
        assertThat(Files.readString(file)).contains("<svg").contains(mlp.sop().name());
    }
}
