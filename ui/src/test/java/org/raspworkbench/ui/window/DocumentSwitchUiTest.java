package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.FakeEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening another document starts it afresh, and menus show file names as they are written. */
@ExtendWith(ApplicationExtension.class)
class DocumentSwitchUiTest {
    @TempDir
    Path home;
    private final FakeEngine engine = new FakeEngine();
    private WorkbenchFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WorkbenchFixture(stage, engine, Tokenizer.NONE, home);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(fx.workbench::close).get();
    }

    private WorkbenchState state() {
        return fx.workbench.state();
    }

    @Test
    void openingAnotherFileResetsTheDebuggerOutlinesBreakpointsAndInput(FxRobot robot) throws Exception {
        Path first = Files.writeString(home.resolve("first.rasp"), "set example [1, 2];\na = tokens;\nb = a;\nc = b;\n");
        Path second = Files.writeString(home.resolve("second.rasp"), "set example [1, 2];\nx = tokens;\ny = x;\nz = y;\n");
        fx.workbench.files().openFile(first).get(30, TimeUnit.SECONDS);
        waitUntil(() -> state().debugger().lastSnapshot() == 6);
        TextField input = robot.lookup("#example-input").queryAs(TextField.class);
        robot.interact(() -> {
            state().debugger().moveTo(4);
            state().debugger().breakpointLines().add(3);
            state().selectedProperty().set(state().shownProgram().orElseThrow().output());
            input.setText("[2, 2, 2]");
        });
        assertThat(fx.workbench.editor().model().stepRanges()).isNotEmpty();
        assertThat(fx.workbench.editor().model().selectedRanges()).isNotEmpty();

        fx.workbench.files().openFile(second).get(30, TimeUnit.SECONDS);
        waitUntil(() -> state().shownProgram().map(p -> p.output().name().equals("z")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state().debugger().snapshot()).isZero();
        assertThat(state().debugger().breakpointLines()).isEmpty();
        assertThat(state().selectedProperty().get()).isNull();
        assertThat(fx.workbench.editor().model().stepRanges()).isEmpty();
        assertThat(fx.workbench.editor().model().selectedRanges()).isEmpty();
        // The second file's own example, although it equals the first one's and the user had edited the input.
        assertThat(input.getText()).isEqualTo("[1, 2]");
    }

    @Test
    void aFileWithoutAnExampleStartsWithAnEmptyInputAndNoOldModel(FxRobot robot) throws Exception {
        Path first = Files.writeString(home.resolve("first.rasp"), "set example [1, 2];\na = tokens;\n");
        Path bare = Files.writeString(home.resolve("bare.rasp"), "q = tokens;\nERROR\n");
        fx.workbench.files().openFile(first).get(30, TimeUnit.SECONDS);
        TextField input = robot.lookup("#example-input").queryAs(TextField.class);
        waitUntil(() -> input.getText().equals("[1, 2]"));
        fx.workbench.files().openFile(bare).get(30, TimeUnit.SECONDS);
        waitUntil(() -> state().latestProperty().get() != null && state().latestProperty().get().hasErrors());
        // The first file's model is not passed off as the second one's (no STALE view of another program).
        assertThat(state().shownProperty().get()).isNull();
        assertThat(state().staleProperty().get()).isFalse();
        assertThat(input.getText()).isEmpty();
    }

    @Test
    void reopeningTheSameTextCompilesItAgain(FxRobot robot) throws Exception {
        Path file = Files.writeString(home.resolve("same.rasp"), "a = tokens;\nb = a;\n");
        fx.workbench.files().openFile(file).get(30, TimeUnit.SECONDS);
        waitUntil(() -> state().shownProgram().isPresent());
        int before = engine.compiles.get();
        fx.workbench.files().openFile(file).get(30, TimeUnit.SECONDS);
        waitUntil(() -> engine.compiles.get() > before && state().shownProgram().isPresent());
    }

    @Test
    void samplesAndRecentFilesShowTheirUnderscores(FxRobot robot) throws Exception {
        List<Sample> samples = SampleCatalog.load();
        Path recent = Files.writeString(home.resolve("my_first_program.rasp"), "a = tokens;\n");
        robot.interact(() -> fx.workbench.samples().setAll(samples));
        fx.workbench.files().openFile(recent).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu samplesMenu = (Menu) item(file, "menu-samples");
        MenuItem sample = item(samplesMenu, "sample-count_less_freq");
        assertThat(sample.getText()).isEqualTo("count_less_freq");
        assertThat(sample.isMnemonicParsing()).isFalse();
        Menu recentMenu = (Menu) item(file, "menu-recent");
        assertThat(recentMenu.getItems()).first().satisfies(i -> {
            assertThat(i.getText()).startsWith("my_first_program.rasp");
            assertThat(i.isMnemonicParsing()).isFalse();
        });

        // What the menu draws: open File > Samples and read the label of the item.
        robot.clickOn(file.getText());
        robot.moveTo("Samples");
        waitUntil(() -> !robot.lookup((Labeled l) -> l.getText() != null && l.getText().contains("less_freq"))
                .queryAllAs(Labeled.class).isEmpty());
        assertThat(robot.lookup((Labeled l) -> l.getText() != null && l.getText().contains("less_freq"))
                .queryAllAs(Labeled.class)).extracting(Labeled::getText).containsOnly("count_less_freq");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in " + menu.getText()));
    }
}
