package org.raspworkbench.ui.views.token;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Set;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.ui.views.LengthFixture;
import org.raspworkbench.ui.views.Shots;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TokenInspectorViewTest {
    private final LengthFixture f = new LengthFixture();
    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private TokenInspectorView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new TokenInspectorView(selection);
        view.modelProperty().set(f.model());
        stage.setScene(new Scene(view, 720, 420));
        stage.show();
    }

    @Test
    void marksAMismatch(FxRobot robot) {
        TraceDigest trace = f.trace();
        double[] v = trace.snapshots()[4][1];
        v[f.column("length", IntValue.of(2))] = 0;
        v[f.column("length", IntValue.of(1))] = 1;
        robot.interact(() -> {
            view.traceProperty().set(trace);
            view.snapshotIndexProperty().set(4);
            view.positionProperty().set(1);
        });
        var mismatched = robot.lookup(".table-row-cell.mismatch").queryAllAs(TableRow.class);
        assertThat(mismatched).hasSize(1);
        DecodedValue row = (DecodedValue) mismatched.iterator().next().getItem();
        assertThat(row.sop()).isSameAs(f.length);
        assertThat(robot.lookup("#token-summary").queryAs(Label.class).getText()).contains("1 mismatch");
        robot.interact(() -> {
            view.writtenDirectionsProperty().set(Set.of(new BasisDirection("length", IntValue.of(1))));
            selection.set(f.length);
        });
        robot.interact(() -> Shots.save(view, "token"));
    }

    @Test
    void sopsNotComputedYetAreNotPresent(FxRobot robot) {
        robot.interact(() -> {
            view.traceProperty().set(f.trace());
            view.snapshotIndexProperty().set(1);
        });
        assertThat(robot.lookup(".table-row-cell.not-computed-yet").queryAll()).hasSize(2);
        assertThat(robot.lookup(".table-row-cell.mismatch").queryAll()).isEmpty();
        assertThat(robot.lookup("#token-snapshot").queryAs(Label.class).getText()).isEqualTo("at after attention 0");
    }

    @Test
    void clickingARowSelectsItsSop(FxRobot robot) {
        robot.interact(() -> view.traceProperty().set(f.trace()));
        robot.clickOn(robot.lookup(".table-row-cell").nth(3).queryAs(TableRow.class));
        assertThat(selection.get()).isSameAs(f.half);
    }

    @Test
    void barsFollowThePosition(FxRobot robot) {
        robot.interact(() -> {
            view.traceProperty().set(f.trace());
            view.positionProperty().set(2);
        });
        var bars = view.viewModel().bars();
        ResidualBar.Bar tokens2 = bars.stream().filter(b -> b instanceof ResidualBar.Bar x
                && x.direction().label().equals("tokens:2")).map(b -> (ResidualBar.Bar) b).findFirst().orElseThrow();
        assertThat(tokens2.value()).isEqualTo(1.0);
        assertThat(bars.stream().filter(b -> b instanceof ResidualBar.Heading)).hasSize(f.model().groups().size());
    }
}
