package org.raspworkbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.editor.Tokenizer;
import org.raspworkbench.ui.files.FileDialogs.RecoveryChoice;
import org.raspworkbench.ui.testing.FakeEngine;
import org.raspworkbench.ui.testing.WorkbenchFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved text survives a killed IDE: it is autosaved while typing, and the next start offers it
 * back. The killed session is simulated by an autosave file of a process that no longer runs.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveRecoveryUiTest {
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

    private static long deadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    private AutosaveStore ours() {
        return new AutosaveStore(home.resolve("state"));
    }

    @Test
    void textOfAKilledSessionIsOfferedAndRestoredAsUnsavedChanges(FxRobot robot) throws Exception {
        Path file = home.resolve("prog.rasp");
        Files.writeString(file, "a = tokens;");
        AutosaveStore killed = new AutosaveStore(home.resolve("state"), deadProcess());
        killed.write(Optional.of(file.toAbsolutePath()), "a = tokens;\nb = a;\nc = b;");
        fx.dialogs.restoreAnswers.push(RecoveryChoice.RESTORE);

        WaitForAsyncUtils.asyncFx(() -> fx.workbench.openInitial(Optional.of(file))).get().get(30, TimeUnit.SECONDS);
        waitUntil(() -> fx.workbench.editor().getText().equals("a = tokens;\nb = a;\nc = b;"));

        assertThat(fx.dialogs.asked).anyMatch(q -> q.startsWith("restore " + file.toAbsolutePath()));
        assertThat(fx.workbench.document().isDirty()).isTrue();
        assertThat(fx.workbench.document().file()).contains(file.toAbsolutePath().normalize());
        // The old session's copy is replaced by this session's, never left with none.
        Path mine = ours().storeFor(Optional.of(file.toAbsolutePath().normalize()));
        waitUntil(() -> Files.exists(mine) && !Files.exists(killed.storeFor(Optional.of(file.toAbsolutePath()))));
        assertThat(AutosaveStore.read(mine).orElseThrow().text()).isEqualTo("a = tokens;\nb = a;\nc = b;");
    }

    @Test
    void aDiscardedRecoveryIsDeletedAndTheFileOpensAsItIs(FxRobot robot) throws Exception {
        Path file = home.resolve("prog.rasp");
        Files.writeString(file, "a = tokens;");
        AutosaveStore killed = new AutosaveStore(home.resolve("state"), deadProcess());
        killed.write(Optional.empty(), "x = tokens;");
        fx.dialogs.restoreAnswers.push(RecoveryChoice.DISCARD);

        WaitForAsyncUtils.asyncFx(() -> fx.workbench.openInitial(Optional.of(file))).get().get(30, TimeUnit.SECONDS);
        waitUntil(() -> !Files.exists(killed.storeFor(Optional.empty())));
        assertThat(fx.workbench.editor().getText()).isEqualTo("a = tokens;");
        assertThat(fx.workbench.document().isDirty()).isFalse();
        assertThat(ours().orphans()).isEmpty();
    }

    @Test
    void typingIsAutosavedAndTheCopyGoesOnSave(FxRobot robot) throws Exception {
        Path file = home.resolve("prog.rasp");
        Files.writeString(file, "a = tokens;");
        WaitForAsyncUtils.asyncFx(() -> fx.workbench.openInitial(Optional.of(file))).get().get(30, TimeUnit.SECONDS);
        waitUntil(() -> fx.workbench.editor().getText().equals("a = tokens;"));
        Path mine = ours().storeFor(Optional.of(file.toAbsolutePath().normalize()));

        robot.interact(() -> fx.workbench.editor().area().appendText("\nb = a;"));
        // No timing asserted here (a loaded machine would make it flaky): the timer's period is Autosave.PERIOD.
        waitUntil(() -> AutosaveStore.read(mine).map(e -> e.text().equals("a = tokens;\nb = a;")).orElse(false));

        WaitForAsyncUtils.asyncFx(() -> fx.workbench.files().save()).get().get(30, TimeUnit.SECONDS);
        waitUntil(() -> !Files.exists(mine));
        assertThat(Files.readString(file)).isEqualTo("a = tokens;\nb = a;");
    }
}
