package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.ui.theme.Theme;
import org.raspworkbench.ui.theme.ThemeManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's keys and marks, driven by the robot. */
@ExtendWith(ApplicationExtension.class)
class EditorPaneUiTest {
    private EditorPane editor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        editor = new EditorPane(new EditorModel(), new LexerTokenizer());
        Scene scene = new Scene(editor, 700, 400);
        for (String css : new String[] {ThemeManager.WORKBENCH_CSS, ThemeManager.EDITOR_CSS}) {
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(css)).toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(editor::close).get();
    }

    private void load(FxRobot robot, String text, int caret) {
        robot.interact(() -> {
            editor.setDocumentText(text);
            editor.area().moveTo(caret);
        });
        robot.clickOn("#source-editor");
        robot.interact(() -> editor.area().moveTo(caret));
    }

    @Test
    void enterAfterABraceIndentsAndClosingBraceDedents(FxRobot robot) {
        load(robot, "def f(x) {", 10);
        robot.type(KeyCode.ENTER).write("return x;");
        robot.type(KeyCode.ENTER).write("}");
        assertThat(editor.getText()).isEqualTo("def f(x) {\n  return x;\n}");
    }

    @Test
    void ctrlSlashTogglesTheComment(FxRobot robot) {
        load(robot, "a = tokens;\nb = a;", 13);
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("a = tokens;\n# b = a;");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("a = tokens;\nb = a;");
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.SLASH).release(KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo("a = tokens;\nb = a;");
    }

    @Test
    void findSelectsTheNextMatch(FxRobot robot) {
        load(robot, "x = select(tokens, tokens, ==);\ny = tokens;", 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("tokens");
        assertThat(editor.area().getSelectedText()).isEqualTo("tokens");
        int first = editor.area().getSelection().getStart();
        robot.type(KeyCode.ENTER);
        assertThat(editor.area().getSelection().getStart()).isGreaterThan(first);
    }

    @Test
    void theBracketAtTheCaretAndItsPartnerAreMarked(FxRobot robot) {
        String text = "x = map(lambda v: v, tokens);";
        load(robot, text, text.indexOf('(') + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.area().getStyleOfChar(text.indexOf('('))).contains("bracket-match");
        assertThat(editor.area().getStyleOfChar(text.indexOf(')'))).contains("bracket-match");
    }

    @Test
    void newDocumentsForgetBreakpointsAndEditsMoveThem(FxRobot robot) {
        load(robot, "a = tokens;\nb = a;", 0);
        robot.interact(() -> {
            editor.model().breakableLines().add(2);
            editor.model().breakpointLines().add(2);
        });
        robot.interact(() -> editor.area().insertText(0, "# note\n"));
        assertThat(editor.model().breakpointLines()).containsExactly(3);
        robot.interact(() -> editor.setDocumentText("c = tokens;"));
        assertThat(editor.model().breakpointLines()).isEmpty();
    }
}
