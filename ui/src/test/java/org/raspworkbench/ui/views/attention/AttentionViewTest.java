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

    @Test
    void fitAndActualSizeZoomEveryHeadCard(FxRobot robot) {
        java.util.List<org.raspworkbench.ui.views.canvas.ScrollingFigure> drawings = robot.lookup(".head-card").queryAll()
                .stream().map(n -> robot.from(n).lookup(".scrolling-figure").queryAs(
                        org.raspworkbench.ui.views.canvas.ScrollingFigure.class)).toList();
        assertThat(drawings).hasSize(2);
        robot.interact(() -> drawings.forEach(d -> d.zoomProperty().set(3)));
        robot.clickOn("#attention-actual");
        for (var d : drawings) assertThat(d.effectiveZoom()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        robot.interact(() -> drawings.forEach(d -> d.zoomProperty().set(3)));
        robot.clickOn("#attention-fit");
        for (var d : drawings) {
            double fitted = d.zoomProperty().get();
            assertThat(fitted).isLessThan(3);
            // The button gave each card the zoom its own fit computes for its size.
            robot.interact(d::fit);
            assertThat(d.zoomProperty().get()).isEqualTo(fitted);
            assertThat(d.naturalHeight() * fitted).isLessThanOrEqualTo(d.getHeight() * 1.5);
        }
    }
}
