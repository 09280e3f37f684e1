package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Path;
import java.util.Collection;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.FakeEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window end to end, headless, with a stand-in compiler (see {@link FakeEngine}). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
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
    void typingCompilesOffTheFxThreadAndUpdatesTheViews(FxRobot robot) {
        robot.clickOn("#source-editor").write("a = tokens;");
        robot.type(KeyCode.ENTER).write("b = a;");
        waitUntil(() -> state().shownProgram().map(p -> p.output().name().equals("b")).orElse(false));
        // The graph view draws the new program (its layout arrives from a background thread).
        waitUntil(() -> robot.lookup("#graph-node-b").tryQuery().isPresent());
        assertThat(robot.lookup("#graph-node-a").tryQuery()).isPresent();
        assertThat(state().debugger().lastSnapshot()).isEqualTo(4);
        assertThat(engine.threads).isNotEmpty().allMatch(t -> t.startsWith("rasp-compiler"));
        // Debounced: far fewer compilations than keystrokes.
        assertThat(engine.compiles.get()).isLessThan("a = tokens;b = a;".length());
    }

    @Test
    void anErrorIsUnderlinedListedAndKeepsTheStaleModel(FxRobot robot) {
        fx.load(robot, "a = tokens;\nb = a;\n");
        waitUntil(() -> state().shownProgram().isPresent());
        var good = state().shownProperty().get();
        robot.clickOn("#source-editor");
        robot.interact(() -> fx.workbench.editor().area().end(org.fxmisc.richtext.NavigationActions.SelectionPolicy.CLEAR));
        // One edit, not keystrokes: on a loaded machine a pause inside "c = ERROR;" compiled "c =" first.
        robot.interact(() -> fx.workbench.editor().area().insertText(fx.workbench.editor().area().getLength(), "c = ERROR;"));
        waitUntil(() -> state().latestProperty().get().hasErrors());
        assertThat(state().staleProperty().get()).isTrue();
        assertThat(state().shownProperty().get()).isSameAs(good);
        assertThat(robot.lookup("#stale-badge").queryAs(Label.class).isVisible()).isTrue();

        int at = fx.workbench.editor().getText().indexOf("ERROR");
        waitUntil(() -> styleAt(at).contains("squiggle-error"));
        assertThat(styleAt(at + 4)).contains("squiggle-error");
        assertThat(styleAt(at - 1)).doesNotContain("squiggle-error");

        @SuppressWarnings("unchecked")
        ListView<Diagnostic> problems = robot.lookup("#problems-list").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(Diagnostic::message).containsExactly("unexpected ERROR");
        robot.interact(() -> fx.workbench.editor().area().moveTo(0));
        javafx.scene.Node firstProblem = robot.lookup("#problems-list .list-cell").query();
        robot.clickOn(firstProblem);
        assertThat(fx.workbench.editor().area().getSelectedText()).isEqualTo("ERROR");

        // Fixing the error brings a fresh model and clears the stale mark.
        robot.interact(() -> fx.workbench.editor().area().replaceText(at, at + 5, "b"));
        waitUntil(() -> !state().staleProperty().get());
        assertThat(state().shownProgram().orElseThrow().output().name()).isEqualTo("c");
    }

    private Collection<String> styleAt(int offset) {
        return fx.workbench.editor().area().getStyleOfChar(offset);
    }

    @Test
    void steppingMovesTheSnapshotWithKeysAndButtons(FxRobot robot) {
        fx.load(robot, "a = tokens;\nb = a;\n");
        waitUntil(() -> state().debugger().lastSnapshot() == 4);
        robot.clickOn("#source-editor");
        robot.type(KeyCode.F10);
        assertThat(state().debugger().snapshot()).isEqualTo(1);
        robot.type(KeyCode.F10);
        assertThat(state().debugger().snapshot()).isEqualTo(2);
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        assertThat(state().debugger().snapshot()).isEqualTo(1);
        robot.clickOn("#debug-forward");
        assertThat(state().debugger().snapshot()).isEqualTo(2);
        assertThat(robot.lookup("#debug-position").queryAs(Label.class).getText()).startsWith("after mlp 0");
        // The step's S-op is marked in the source.
        assertThat(fx.workbench.editor().model().stepRanges()).hasSize(1);
        assertThat(fx.workbench.editor().model().stepRanges().get(0).startOffset()).isEqualTo(4);
        robot.clickOn("#debug-end");
        assertThat(state().debugger().snapshot()).isEqualTo(4);
        robot.clickOn("#debug-restart");
        assertThat(state().debugger().snapshot()).isZero();
    }

    @Test
    void aBreakpointStopsAtTheSubLayerThatComputesItsSop(FxRobot robot) {
        fx.load(robot, "a = tokens;\nb = a;\nc = b;\n");
        waitUntil(() -> state().debugger().lastSnapshot() == 6);
        waitUntil(() -> fx.workbench.editor().model().breakableLines().contains(2));
        robot.clickOn("#gutter-2");
        assertThat(state().debugger().breakpointLines()).containsExactly(2);
        robot.clickOn("#debug-run");
        // b is computed by the MLP of layer 1: sub-layer 3, so the debugger shows snapshot 4.
        assertThat(state().debugger().snapshot()).isEqualTo(4);
        assertThat(fx.workbench.debugger().currentSubLayer().orElseThrow().sopNames()).containsExactly("b");
        robot.clickOn("#debug-run");
        assertThat(state().debugger().snapshot()).isEqualTo(6);
        // A line without an S-op takes no breakpoint.
        robot.clickOn("#gutter-4");
        assertThat(state().debugger().breakpointLines()).containsExactly(2);
    }

    @Test
    void theExampleInputIsPrefilledAndEditingItRerunsTheModel(FxRobot robot) {
        fx.load(robot, "set example [1, 2];\na = tokens;\n");
        TextField input = robot.lookup("#example-input").queryAs(TextField.class);
        waitUntil(() -> input.getText().equals("[1, 2]"));
        int runsBefore = engine.runs.get();
        robot.clickOn(input).eraseText(input.getText().length()).write("oops");
        waitUntil(() -> robot.lookup("#input-error").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#input-error").queryAs(Label.class).getText()).contains("JSON list");
        assertThat(engine.runs.get()).isGreaterThan(runsBefore);
        // Recompiling keeps the user's input while the program's example is unchanged.
        fx.load(robot, "set example [1, 2];\na = tokens;\nb = a;\n");
        waitUntil(() -> state().shownProgram().orElseThrow().output().name().equals("b"));
        assertThat(input.getText()).isEqualTo("oops");
    }

    @Test
    void clickingAnAssignmentSelectsItsSop(FxRobot robot) {
        fx.load(robot, "a = tokens;\nbee = a;\n");
        waitUntil(() -> state().shownProgram().isPresent());
        // The robot cannot aim at a character: report the click the editor would report.
        int offset = fx.workbench.editor().getText().indexOf("a;");
        robot.interact(() -> fx.workbench.editor().model().clickSource(offset));
        assertThat(state().selectedProperty().get().name()).isEqualTo("bee");
        assertThat(fx.workbench.editor().model().selectedRanges()).hasSize(1);
        assertThat(styleAtSelected(offset)).contains("sop-selected");
    }

    @Test
    void selectingAGraphNodeHighlightsItsSource(FxRobot robot) {
        fx.load(robot, "a = tokens;\nbee = a;\n");
        waitUntil(() -> robot.lookup("#graph-node-bee").tryQuery().isPresent());
        robot.clickOn("#graph-node-bee");
        assertThat(state().selectedProperty().get().name()).isEqualTo("bee");
        int offset = fx.workbench.editor().getText().indexOf("a;");
        assertThat(styleAtSelected(offset)).contains("sop-selected");
        assertThat(styleAtSelected(offset)).isNotNull();
        assertThat(fx.workbench.editor().area().getStyleOfChar(0)).doesNotContain("sop-selected");
    }

    @Test
    void startsOnTheLastFileAndAsksBeforeClosingWithUnsavedText(FxRobot robot) throws Exception {
        Path last = home.resolve("last.rasp");
        java.nio.file.Files.writeString(last, "a = tokens;\n");
        java.nio.file.Files.writeString(home.resolve("recent-files.txt"), last.toAbsolutePath() + "\n");
        fx.workbench.openInitial(java.util.Optional.empty()).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(fx.workbench.editor().getText()).isEqualTo("a = tokens;\n");
        Stage stage = (Stage) fx.workbench.editor().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("RASP Workbench - last.rasp");
        // Focus through the FX thread: clickOn would measure the editor from the test thread while
        // the first compile's results are still being laid out (a race TestFX does not guard).
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fx.workbench.editor().area().requestFocus());
        robot.write("x");
        assertThat(stage.getTitle()).isEqualTo("RASP Workbench - *last.rasp");
        // Cancel keeps the window and the text.
        robot.interact(fx.workbench::quit);
        assertThat(fx.dialogs.asked).containsExactly("unsaved last.rasp");
        assertThat(stage.isShowing()).isTrue();
        // Save writes the file, then the window closes.
        fx.dialogs.unsavedAnswers.push(org.raspworkbench.ui.files.FileDialogs.UnsavedChoice.SAVE);
        robot.interact(fx.workbench::quit);
        waitUntil(() -> !stage.isShowing());
        assertThat(java.nio.file.Files.readString(last)).contains("x");
    }

    private Collection<String> styleAtSelected(int offset) {
        waitUntil(() -> fx.workbench.editor().area().getStyleOfChar(offset).contains("sop-selected"));
        return fx.workbench.editor().area().getStyleOfChar(offset);
    }
}
