package org.raspworkbench.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.ui.figures.ResidualHeatmap;
import org.raspworkbench.ui.views.data.Verdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** All five views on a model the real compiler built, stepped like the debugger steps. */
@ExtendWith(ApplicationExtension.class)
class ModelViewsTest {
    private final ReverseFixture f = new ReverseFixture();
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private ModelViews views;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        views = new ModelViews(selection);
        SplitPane left = new SplitPane(views.graph(), views.layers());
        left.setOrientation(Orientation.VERTICAL);
        SplitPane right = new SplitPane(views.heatmap(), views.tokens(), views.attention());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5, 0.78);
        stage.setScene(new Scene(new SplitPane(left, right), 1270, 790));
        stage.show();
    }

    @Test
    void stepsThroughACompiledReverse(FxRobot robot) throws Exception {
        CompiledModel model = Compiler.compile(f.program()).model().orElseThrow();
        ForwardTrace trace = ForwardPass.run(model, List.of(IntValue.of(1), IntValue.of(2), IntValue.of(3)));
        ViewInputs inputs = ViewInputs.prepare(model, trace);
        for (SOp sop : List.<SOp>of(f.length, f.oppIdx, f.oppIdx1, f.reverse)) {
            assertThat(inputs.trace().expectedValues(sop)).isEqualTo(f.expected(sop));
        }
        robot.interact(() -> {
            views.programNameProperty().set("reverse");
            views.show(inputs);
            views.snapshotIndexProperty().set(4);
            views.tokens().positionProperty().set(1);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !views.graph().currentLayout().boxes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ResidualHeatmap h = (ResidualHeatmap) views.heatmap().currentFigure().orElseThrow();
        assertThat(h.snapshot().name()).isEqualTo("after mlp 1");
        assertThat(views.writtenDirectionsProperty().get()).anyMatch(d -> d.name().equals("opp_idx"));
        assertThat(robot.lookup(".table-row-cell.mismatch").queryAll()).isEmpty();
        // the pinned output is not computed yet at this snapshot; the S-ops before it decode to the program's values
        assertThat(robot.lookup(".table-row-cell.match").queryAllAs(TableRow.class)).isNotEmpty();
        assertThat(views.tokens().viewModel().rows()).filteredOn(r -> r.verdict() == Verdict.MATCH)
                .hasSizeGreaterThanOrEqualTo(3);

        robot.clickOn("#graph-node-opp_idx");
        assertThat(selection.get()).isSameAs(f.oppIdx);
        assertThat(h.emphasis().selectedSop()).isEmpty();
        ResidualHeatmap selected = (ResidualHeatmap) views.heatmap().currentFigure().orElseThrow();
        assertThat(selected.emphasis().selectedSop()).contains("opp_idx");
        robot.interact(() -> Shots.save(stage.getScene().getRoot(), "all-views"));

        robot.interact(() -> views.snapshotIndexProperty().set(-1));
        // The table is virtual and may show only some rows: ask its view-model.
        assertThat(views.tokens().viewModel().rows()).hasSize(model.valueSets().size())
                .allMatch(r -> r.verdict() == org.raspworkbench.ui.views.data.Verdict.MATCH);
    }
}
