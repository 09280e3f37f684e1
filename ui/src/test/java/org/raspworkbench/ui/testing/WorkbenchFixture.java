package org.raspworkbench.ui.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.raspworkbench.ui.Workbench;
import org.raspworkbench.ui.compile.Engine;
import org.raspworkbench.ui.editor.Tokenizer;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Builds a workbench on a TestFX stage, with a home folder of the test's own and scripted dialogs. */
public final class WorkbenchFixture {
    public final Workbench workbench;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ScriptedExportDialogs exportDialogs = new ScriptedExportDialogs();
    public final ScriptedWeightsDialogs weightsDialogs = new ScriptedWeightsDialogs();

    public WorkbenchFixture(Stage stage, Engine engine, Tokenizer tokenizer, Path home) {
        workbench = new Workbench(engine, tokenizer, home, Optional.of(dialogs), Optional.of(exportDialogs),
                Optional.of(weightsDialogs));
        stage.setScene(workbench.createScene(1280, 800));
        workbench.attach(stage);
        stage.show();
    }

    /** Replaces the editor's text as if a file had been opened (compiles at once). */
    public void load(FxRobot robot, String text) {
        robot.interact(() -> {
            workbench.editor().setDocumentText(text);
            workbench.compilation().compileNow(text);
        });
    }

    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 90 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
