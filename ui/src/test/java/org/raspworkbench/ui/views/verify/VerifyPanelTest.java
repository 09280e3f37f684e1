package org.raspworkbench.ui.views.verify;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.verification.Counterexample;
import org.raspworkbench.core.verification.VerifiedFix;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Verify panel on a model Tracr compiles wrongly: counts, cause, fix, counterexamples, cancel. */
@ExtendWith(ApplicationExtension.class)
class VerifyPanelTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final List<Counterexample> shown = new ArrayList<>();
    private final List<VerifiedFix> applied = new ArrayList<>();
    private VerifyRunner runner;
    private VerifyPanel panel;
    private boolean queue;

    static CompiledModel lowExactness() throws IOException {
        Path p = Path.of("../compiler-core/src/test/resources/variant-cases/low_mlp_exactness.rasp");
        return Compiler.compile(Files.readString(p)).model().orElseThrow();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // background work runs at once (or waits in a queue, to cancel it first); FX work runs in place
        runner = new VerifyRunner(r -> {
            if (queue) queued.add(r);
            else r.run();
        }, Runnable::run);
        panel = new VerifyPanel(runner, new VerifyPanel.Actions() {
            @Override
            public void showCounterexample(Counterexample c) {
                shown.add(c);
            }

            @Override
            public void applyFix(VerifiedFix fix) {
                applied.add(fix);
            }
        });
        stage.setScene(new Scene(panel, 900, 600));
        stage.show();
    }

    @Test
    void verifiesShowsTheCauseAppliesTheFixAndOpensACounterexample(FxRobot robot) throws IOException {
        CompiledModel model = lowExactness();
        robot.interact(() -> runner.modelProperty().set(model));
        assertThat(robot.lookup("#verify-badge").queryAs(Label.class).getText()).startsWith("model differs from program on");
        robot.clickOn("#verify-run");
        assertThat(robot.lookup("#verify-summary").queryAs(Label.class).getText())
                .contains("1364 inputs checked").contains("12 disagree");
        assertThat(robot.lookup("#verify-cause-0 .verify-cause-title").queryAs(Label.class).getText())
                .isEqualTo("mlp_precision at 'length' on 10 inputs");
        assertThat(robot.lookup("#verify-margins").queryAs(Label.class).getText())
                .contains("Smallest decode margins").contains("'last_zero': -0.333");
        assertThat(VerifyPanel.tabTitle(runner.badgeProperty().get())).isEqualTo("Verify \u2717");
        assertThat(VerifyPanel.tabTitle("")).isEqualTo("Verify");
        robot.clickOn("#verify-apply-0");
        assertThat(applied).singleElement().satisfies(f -> {
            assertThat(f.setting()).isEqualTo("mlp_exactness");
            assertThat(f.value()).isEqualTo(IntValue.of(30));
        });
        TreeItem<VerifyPanel.Entry> group = panel.counterexamples().getRoot().getChildren().get(0);
        assertThat(group.getValue().text()).isEqualTo("mlp_precision at length");
        assertThat(group.getChildren()).hasSize(10);
        robot.interact(() -> panel.counterexamples().getSelectionModel().select(group.getChildren().get(0)));
        assertThat(shown).singleElement().satisfies(c ->
                assertThat(c.diagnosis().divergence().orElseThrow().sop().name()).isEqualTo("length"));
    }

    @Test
    void cancelStopsTheRunAndShowsWhatItChecked(FxRobot robot) throws IOException {
        CompiledModel model = lowExactness();
        robot.interact(() -> runner.modelProperty().set(model));
        queue = true;
        robot.interact(() -> runner.verify());
        assertThat(robot.lookup("#verify-cancel").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#verify-run").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#verify-cancel");
        robot.interact(() -> queued.forEach(Runnable::run));
        assertThat(robot.lookup("#verify-summary").queryAs(Label.class).getText()).contains("(cancelled)");
        assertThat(robot.lookup("#verify-cancel").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aNewModelDropsTheReportOfTheOldOneAndARunStillGoing(FxRobot robot) throws IOException {
        CompiledModel model = lowExactness();
        robot.interact(() -> runner.modelProperty().set(model));
        queue = true;
        robot.interact(() -> runner.verify());
        CompiledModel other = Compiler.compile("set vocab {1, 2};\nset max_seq_len 3;\noutput length;\n").model().orElseThrow();
        robot.interact(() -> runner.modelProperty().set(other));
        robot.interact(() -> queued.forEach(Runnable::run));
        assertThat(runner.reportProperty().get()).isNull();
        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(robot.lookup("#verify-badge").queryAs(Label.class).getText()).isEqualTo("model = program on 14/14 inputs");
    }
}
