package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.Workbench;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.files.FileDialogs.UnsavedChoice;
import org.raspworkbench.ui.testing.FakeEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window keeps its state across dialogs and across runs (through the settings file). */
@ExtendWith(ApplicationExtension.class)
class WindowStateUiTest {
    @TempDir
    Path home;
    private WorkbenchFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = new WorkbenchFixture(stage, new FakeEngine(), Tokenizer.NONE, home);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(fx.workbench::close).get();
    }

    private Optional<Stage> dialogWindow() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .map(w -> (Stage) w).findFirst();
    }

    @Test
    void theUnsavedChangesQuestionIsOwnedByTheWindowAndLeavesItMaximised(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        assertThat(stage.isMaximized()).isTrue();
        FxFileDialogs dialogs = new FxFileDialogs(fx.workbench.dialogs());
        CompletableFuture<UnsavedChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.askAboutUnsaved("a.rasp")));
        waitUntil(() -> dialogWindow().isPresent());
        Stage dialog = dialogWindow().orElseThrow();
        assertThat(dialog.getOwner()).isSameAs(stage);
        // Toolkit modality would disable the main window natively, which on Linux un-maximises it.
        assertThat(dialog.getModality()).isEqualTo(Modality.NONE);
        assertThat(stage.isMaximized()).isTrue();
        // The window ignores the keyboard while the question is open: F10 would step the debugger.
        fx.load(robot, "a = tokens;\nb = a;\n");
        waitUntil(() -> fx.workbench.state().debugger().lastSnapshot() == 4);
        robot.interact(() -> fx.workbench.editor().area().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.F10, false, false, false, false)));
        robot.interact(() -> stage.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.F10, false, false, false, false)));
        assertThat(fx.workbench.state().debugger().snapshot()).isZero();

        robot.clickOn("Cancel");
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(UnsavedChoice.CANCEL);
        assertThat(stage.isMaximized()).isTrue();
        // Afterwards the window takes input again.
        robot.interact(() -> stage.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.F10, false, false, false, false)));
        assertThat(fx.workbench.state().debugger().snapshot()).isEqualTo(1);
    }

    @Test
    void anErrorMessageIsOwnedAndNotToolkitModal(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        robot.interact(() -> new FxFileDialogs(fx.workbench.dialogs()).showError("Cannot read x.rasp"));
        waitUntil(() -> dialogWindow().isPresent());
        Stage dialog = dialogWindow().orElseThrow();
        assertThat(dialog.getOwner()).isSameAs(stage);
        assertThat(dialog.getModality()).isEqualTo(Modality.NONE);
        robot.clickOn("OK");
        waitUntil(() -> dialogWindow().isEmpty());
        assertThat(stage.isMaximized()).isTrue();
    }

    @Test
    void aNativeChooserThatUnmaximisesItsOwnerIsUndone(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        CompletableFuture<Optional<File>> chosen = new CompletableFuture<>();
        // What GTK does to the owner of a native file chooser under JavaFX 17 (JDK-8332222).
        robot.interact(() -> chosen.complete(fx.workbench.dialogs().keepingState(() -> {
            stage.setMaximized(false);
            return new File("chosen.rasp");
        })));
        assertThat(chosen.get()).contains(new File("chosen.rasp"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isMaximized()).isTrue();
    }

    @Test
    void sizePositionAndMaximisedComeBackThroughTheSettingsFile(FxRobot robot) throws Exception {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1080);
        // First start: nothing saved, 80% of the screen, centred.
        assertThat(Workbench.savedGeometry(home)).isEmpty();
        Stage first = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            fx.workbench.placeWindow(s, Workbench.savedGeometry(home), List.of(screen));
            return s;
        }).get();
        assertThat(new Rectangle2D(first.getX(), first.getY(), first.getWidth(), first.getHeight()))
                .isEqualTo(new Rectangle2D(192, 108, 1536, 864));
        // The user moves and resizes it, then maximises it, and quits.
        robot.interact(() -> {
            first.setX(40);
            first.setY(50);
            first.setWidth(1000);
            first.setHeight(700);
        });
        robot.interact(() -> first.setMaximized(true));
        WaitForAsyncUtils.asyncFx(fx.workbench::close).get();
        Path file = home.resolve(WindowGeometryStore.FILE_NAME);
        waitUntil(() -> Files.isRegularFile(file) && Files.readString(file).contains("maximized=true"));
        assertThat(Files.readString(file)).contains("width=1000").contains("height=700").contains("x=40");

        // The next run puts it back: maximised, over the bounds it had before.
        Optional<WindowGeometry> saved = Workbench.savedGeometry(home);
        assertThat(saved).contains(new WindowGeometry(40, 50, 1000, 700, true));
        Workbench next = WaitForAsyncUtils.asyncFx(() -> new Workbench(new FakeEngine(), Tokenizer.NONE, home)).get();
        Stage second = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            next.placeWindow(s, saved, List.of(screen));
            return s;
        }).get();
        assertThat(second.isMaximized()).isTrue();
        assertThat(second.getWidth()).isEqualTo(1000);
        WaitForAsyncUtils.asyncFx(next::close).get();
    }
}
