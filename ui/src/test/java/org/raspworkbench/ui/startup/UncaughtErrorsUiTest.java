package org.raspworkbench.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.testing.FakeEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nothing caught, on the FX thread or any other, is logged with its stack trace and shown without blocking. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsUiTest {
    @TempDir
    Path home;
    private WorkbenchFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WorkbenchFixture(stage, new FakeEngine(), Tokenizer.NONE, home);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(fx.workbench::close).get();
    }

    private static Optional<String> notice(String containing) {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing())
                .flatMap(w -> ((Popup) w).getContent().stream())
                .filter(n -> "notice".equals(n.getId()))
                .map(n -> (Label) n.lookup("#export-toast"))
                .filter(l -> l != null).map(Label::getText).filter(t -> t.contains(containing)).findFirst();
    }

    @Test
    void aBugInAnFxEventHandlerIsLoggedAndNoticed(FxRobot robot) throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("injected bug in an event handler");
            });
            waitUntil(() -> notice("injected bug in an event handler").isPresent());
        } finally {
            System.setErr(old);
        }
        assertThat(notice("injected bug in an event handler").orElseThrow()).startsWith("Internal error, see the log (" + InternalErrors.logLocation() + ")")
                .contains("injected bug in an event handler");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("uncaught on thread")
                .contains("IllegalStateException: injected bug in an event handler").contains("\tat ");
    }

    @Test
    void aBugOnABackgroundThreadIsNoticedToo(FxRobot robot) throws Exception {
        Thread t = new Thread(() -> {
            throw new IllegalArgumentException("injected bug on a worker");
        }, "some-worker");
        t.start();
        t.join();
        waitUntil(() -> notice("injected bug on a worker").isPresent());
        assertThat(notice("injected bug on a worker").orElseThrow()).startsWith("Internal error, see the log");
    }

    @Test
    void helpAboutNamesTheLogFile(FxRobot robot) {
        Menu help = fx.workbench.window().menuBar().getMenus().stream().filter(m -> "menu-help".equals(m.getId()))
                .findFirst().orElseThrow();
        assertThat(help.getItems()).extracting(i -> i.getId()).contains("menu-about");
        assertThat(org.raspworkbench.ui.window.AboutDialog.text(home, home.resolve("state"), "/x/workbench.log"))
                .contains("Log: /x/workbench.log");
    }
}
