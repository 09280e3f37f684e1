package org.raspworkbench.ui.views.graph;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.LengthFixture;
import org.raspworkbench.ui.views.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GraphViewTest {
    private final LengthFixture f = new LengthFixture();
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private GraphView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new GraphView(selection);
        stage.setScene(new Scene(view, 640, 420));
        stage.show();
    }

    private void showFirstProgram(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.modelProperty().set(f.model());
            view.programProperty().set(f.firstProgram());
        });
        // The layout arrives from the background thread.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.currentLayout().boxes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingANodeSelectsItsSop(FxRobot robot) throws Exception {
        showFirstProgram(robot);
        robot.clickOn("#graph-node-first");
        assertThat(selection.get()).isSameAs(f.first);
        assertThat(robot.lookup("#graph-node-first").query().getStyleClass()).contains("selected");
    }

    @Test
    void clickingASelectorLeavesTheSelection(FxRobot robot) throws Exception {
        showFirstProgram(robot);
        robot.interact(() -> selection.set(f.tokens));
        robot.clickOn("#graph-node-same_index");
        assertThat(selection.get()).isSameAs(f.tokens);
        assertThat(robot.lookup("#graph-node-tokens").query().getStyleClass()).contains("selected");
    }

    @Test
    void highlightsTheNodesOfTheCurrentStep(FxRobot robot) throws Exception {
        showFirstProgram(robot);
        robot.interact(() -> view.snapshotIndexProperty().set(1));
        assertThat(robot.lookup("#graph-node-first").query().getStyleClass()).contains("step");
        assertThat(robot.lookup("#graph-node-tokens").query().getStyleClass()).doesNotContain("step");
        robot.interact(() -> view.snapshotIndexProperty().set(0));
        assertThat(robot.lookup("#graph-node-tokens").query().getStyleClass()).contains("step");
        robot.interact(() -> {
            selection.set(f.first);
            Shots.save(view, "graph");
        });
    }

    @Test
    void hoveringANodeShowsItsFullDescription(FxRobot robot) throws Exception {
        showFirstProgram(robot);
        robot.moveTo("#graph-node-first");
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().startsWith("first\n") && t.getText().contains("value set: {1, 2}")));
    }

    @Test
    void hoverTextShowsTheValueSet() throws Exception {
        GraphViewModel vm = new GraphViewModel(selection);
        vm.programProperty().set(f.firstProgram());
        GraphNode first = vm.graph().nodes().get(vm.graph().indexOf(f.first).orElseThrow());
        assertThat(vm.describe(first)).contains("value set: (not compiled)");
        vm.modelProperty().set(f.model());
        assertThat(vm.describe(first)).contains("value set: {1, 2}").contains("selector: same_index");
    }
}
