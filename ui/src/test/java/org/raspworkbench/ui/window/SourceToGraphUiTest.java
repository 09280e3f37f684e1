package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.raspworkbench.ui.views.graph.GraphView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks in the source select S-ops, names included, and the graph scrolls to them. */
@ExtendWith(ApplicationExtension.class)
class SourceToGraphUiTest {
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

    private void click(FxRobot robot, int offset) {
        // The robot cannot aim at a character: report the click the editor would report.
        robot.interact(() -> fx.workbench.editor().model().clickSource(offset));
    }

    @Test
    void clickingTheAssignedNameSelectsItsSop(FxRobot robot) {
        fx.openSample(robot, "sat3_verifier.rasp");
        String text = fx.workbench.editor().getText();
        int name = text.indexOf("input_valid = verify_input_correctness");
        click(robot, name + 3);
        assertThat(state().selectedProperty().get()).isNotNull();
        assertThat(state().selectedProperty().get().name()).isEqualTo("input_valid");
        // Just past the name's last letter (where a click on its right half puts the caret) still counts.
        robot.interact(() -> state().selectedProperty().set(null));
        click(robot, name + "input_valid".length());
        assertThat(state().selectedProperty().get().name()).isEqualTo("input_valid");
        // The expression still selects the S-op it makes, and empty space selects nothing.
        click(robot, text.indexOf("map(lambda i: i + 1 if i % 2"));
        assertThat(state().selectedProperty().get().name()).isEqualTo("swapped");
        click(robot, text.indexOf("n_variables = 5"));
        assertThat(state().selectedProperty().get()).isNull();
    }

    @Test
    void aNameInsideAFunctionSelectsOneOfTheSopsItNames(FxRobot robot) {
        fx.openSample(robot, "sat3_verifier.rasp");
        String text = fx.workbench.editor().getText();
        int name = text.indexOf("averaged = aggregate");
        click(robot, name + 2);
        SOp selected = state().selectedProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.name()).startsWith("averaged");
        SourceRange named = state().shownProgram().orElseThrow().origin(selected).nameRange();
        assertThat(named.startOffset()).isEqualTo(name);
    }

    @Test
    void selectingInTheSourceScrollsTheGraphToTheNode(FxRobot robot) {
        fx.openSample(robot, "sat3_verifier.rasp");
        GraphView graph = robot.lookup("#graph-view").queryAs(GraphView.class);
        waitUntil(() -> graph.currentLayout().boxes().size() == graph.viewModel().graph().nodes().size()
                && !graph.currentLayout().boxes().isEmpty());
        robot.interact(() -> graph.zoomBy(4));
        String text = fx.workbench.editor().getText();
        for (String line : new String[] {"satisfied = verified", "var_keys = map", "xor = sequence_map"}) {
            click(robot, text.indexOf(line) + 1);
            SOp selected = state().selectedProperty().get();
            assertThat(selected).as(line).isNotNull();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(graph.isShown(selected)).as(selected.name()).isTrue();
        }
    }
}
