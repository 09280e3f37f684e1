package org.raspworkbench.ui.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.raspworkbench.ui.Workbench;
import org.raspworkbench.ui.compile.Engine;
import org.raspworkbench.ui.editor.LexerTokenizer;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.files.Sample;
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

    /**
     * The workbench on the real compiler (behind a {@link RecordingEngine}, which the test may hold
     * and inspect) with the lexer's highlighting, as the shipped IDE runs.
     */
    public static WorkbenchFixture realCompiler(Stage stage, RecordingEngine engine, Path home) {
        return new WorkbenchFixture(stage, engine, new LexerTokenizer(), home);
    }

    /** Lets a held engine go and closes the workbench on the FX thread (each test's clean-up). */
    public void close(RecordingEngine engine) throws Exception {
        engine.open();
        WaitForAsyncUtils.asyncFx(workbench::close).get();
    }

    /** Replaces the editor's text as if a file had been opened (compiles at once). */
    public void load(FxRobot robot, String text) {
        robot.interact(() -> {
            workbench.editor().setDocumentText(text);
            workbench.compilation().compileNow(text);
        });
    }

    /**
     * Opens the shipped sample {@code fileName} as the Samples menu does and waits until its model
     * and its example's trace are on screen.
     */
    public void openSample(FxRobot robot, String fileName) {
        Sample sample = SampleCatalog.load().stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow();
        robot.interact(() -> workbench.files().openSample(sample));
        var state = workbench.state();
        waitUntil(() -> state.traceDigest().isPresent() && state.shownProgram().isPresent()
                && workbench.editor().getText().equals(state.shownProperty().get().source()));
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
