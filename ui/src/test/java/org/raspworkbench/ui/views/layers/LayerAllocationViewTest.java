package org.raspworkbench.ui.views.layers;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.LengthFixture;
import org.raspworkbench.ui.views.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LayerAllocationViewTest {
    private final LengthFixture f = new LengthFixture();
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private LayerAllocationView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new LayerAllocationView(selection);
        view.modelProperty().set(f.model());
        stage.setScene(new Scene(view, 520, 320));
        stage.show();
    }

    @Test
    void headerStatesTheModelSize(FxRobot robot) {
        assertThat(view.viewModel().header()).contains("residual width 15").contains("2 layers")
                .contains("1,234 parameters");
        assertThat(robot.lookup("#layers-header .stat-value").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("15", "2", "2", "3", "6", "1,234");
    }

    @Test
    void emptySubLayersShowAsEmpty(FxRobot robot) {
        Node attn1 = robot.lookup("#sublayer-attn-1").query();
        assertThat(attn1.getStyleClass()).contains("empty");
        assertThat(robot.lookup("#sublayer-mlp-0").query().getStyleClass()).doesNotContain("empty");
    }

    @Test
    void clickingAnSopSelectsIt(FxRobot robot) {
        robot.clickOn("#alloc-mlp-0-half");
        assertThat(selection.get()).isSameAs(f.half);
        assertThat(robot.lookup("#alloc-mlp-0-half").query().getStyleClass()).contains("selected");
    }

    @Test
    void highlightsTheCurrentSubLayer(FxRobot robot) {
        robot.interact(() -> view.snapshotIndexProperty().set(2));
        assertThat(robot.lookup("#sublayer-mlp-0").query().getStyleClass()).contains("current");
        assertThat(robot.lookup("#sublayer-attn-0").query().getStyleClass()).doesNotContain("current");
        robot.interact(() -> {
            selection.set(f.length);
            Shots.save(view, "layers");
        });
    }
}
