package org.raspworkbench.ui.views.attention;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.views.LengthFixture;
import org.raspworkbench.ui.views.Shots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AttentionViewTest {
    private final LengthFixture f = new LengthFixture();
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private AttentionView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new AttentionView(selection);
        view.programNameProperty().set("length");
        view.modelProperty().set(f.model());
        view.traceProperty().set(f.trace());
        stage.setScene(new Scene(view, 640, 360));
        stage.show();
    }

    @Test
    void showsEachUsedHeadTitledWithItsSop(FxRobot robot) {
        assertThat(robot.lookup(".head-card").queryAll()).hasSize(2);
        robot.clickOn("#head-0-1");
        assertThat(selection.get()).isSameAs(f.first);
        AttentionPattern p = view.currentFigure().orElseThrow();
        assertThat(p.title()).isEqualTo("length L0.H1: first");
        assertThat(robot.lookup("#head-0-1").query().getStyleClass()).contains("selected");
        robot.interact(() -> view.snapshotIndexProperty().set(1));
        assertThat(robot.lookup("#head-0-0").query().getStyleClass()).contains("current");
        robot.interact(() -> Shots.save(view, "attention"));
    }
}
