package org.raspworkbench.ui.views.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.raspworkbench.ui.testing.SortPrograms;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Write a value" on sort at n = 64: target_pos takes 65 values, and every one of them can be
 * written (the menu used to stop at 40 with "… 25 more values", greyed out); the S-op's name is
 * shown as it is spelled (the menu used to read "targetpos": JavaFX took the underscore for a
 * mnemonic).
 */
@ExtendWith(ApplicationExtension.class)
class WriteMenuAtSizeTest {
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

    @Test
    void everyValueOfALongValueSetCanBeWrittenAndTheNameIsShownLiterally(FxRobot robot) {
        fx.load(robot, SortPrograms.withRepeats(64));
        waitUntil(() -> fx.workbench.state().traceDigest().isPresent() && fx.workbench.state().shownDigest().isPresent());
        SOp targetPos = fx.workbench.state().shownProgram().orElseThrow().nodes().stream()
                .filter(n -> n instanceof SOp s && s.name().equals("target_pos")).map(n -> (SOp) n).findFirst().orElseThrow();
        int values = fx.workbench.state().shownDigest().orElseThrow().valueSet(targetPos).orElseThrow().size();
        assertThat(values).isEqualTo(65);
        InterventionMenuItems items = new InterventionMenuItems(fx.workbench.window().interventions(), fx.workbench.state());

        for (Optional<Integer> position : List.of(Optional.of(5), Optional.<Integer>empty())) {
            Menu write = fx(() -> items.forSop(targetPos, position).stream()
                    .filter(i -> "intervention-write".equals(i.getId())).map(i -> (Menu) i).findFirst().orElseThrow());
            assertThat(write.isMnemonicParsing()).as("the menu shows target_pos with its underscore").isFalse();
            assertThat(write.getText()).contains("target_pos");
            Menu atFive = position.isPresent() ? write : (Menu) write.getItems().stream()
                    .filter(i -> "intervention-write-at-5".equals(i.getId())).findFirst().orElseThrow();
            assertThat(atFive.isMnemonicParsing()).isFalse();
            List<MenuItem> leaves = new ArrayList<>();
            collect(atFive, leaves);
            List<String> writable = leaves.stream().filter(i -> !i.isDisable()).map(MenuItem::getText).toList();
            assertThat(writable).hasSize(values).contains("0", "40", "64");
        }

        // Choosing the last value writes it at that position.
        Menu write = fx(() -> items.forSop(targetPos, Optional.of(5)).stream()
                .filter(i -> "intervention-write".equals(i.getId())).map(i -> (Menu) i).findFirst().orElseThrow());
        List<MenuItem> leaves = new ArrayList<>();
        collect(write, leaves);
        MenuItem last = leaves.stream().filter(i -> i.getText().equals("64")).findFirst().orElseThrow();
        robot.interact(last::fire);
        waitUntil(() -> fx.workbench.window().interventions().isPatched());
        assertThat(fx.workbench.window().interventions().entries().get(0).label()).contains("write 64").contains("target_pos");
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu m) collect(m, out);
            else out.add(i);
        }
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
