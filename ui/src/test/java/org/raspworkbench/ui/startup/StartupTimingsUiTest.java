package org.raspworkbench.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.ui.testing.WorkbenchFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.ui.Workbench;
import org.raspworkbench.ui.editor.LexerTokenizer;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.testing.RecordingEngine;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What {@code rasp open FILE --timings} prints, from a real start on a shipped sample. */
@ExtendWith(ApplicationExtension.class)
class StartupTimingsUiTest {
    @TempDir
    Path home;
    private final RecordingEngine engine = new RecordingEngine();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private StartupClock clock;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        // The model is held back until the text is coloured, so that each moment is seen on its own.
        engine.close();
        workbench = new Workbench(engine, new LexerTokenizer(), home);
        Scene scene = workbench.createScene(1280, 800);
        clock = new StartupClock(StartupClock::sinceJvmStart, lines::add);
        workbench.watchStartup(scene, clock);
        stage.setScene(scene);
        workbench.attach(stage);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        engine.open();
        WaitForAsyncUtils.asyncFx(workbench::close).get();
    }

    @Test
    void printsOneLineWithTheWindowTextAndModelTimesInOrder() throws Exception {
        String text = SampleCatalog.load().stream().filter(s -> s.fileName().equals("sort_unique.rasp")).findFirst()
                .orElseThrow().text();
        Path file = Files.writeString(home.resolve("sort_unique.rasp"), text);
        workbench.openInitial(Optional.of(file));
        waitUntil(() -> clock.has(StartupClock.Moment.TEXT));
        assertThat(lines).isEmpty();
        engine.open();
        waitUntil(() -> !lines.isEmpty());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("timings: window=\\d+ text=\\d+ model=\\d+");
        StartupTimes t = StartupTimes.parse(lines.get(0)).orElseThrow();
        assertThat(t.windowMs()).isPositive();
        assertThat(t.textMs()).isGreaterThanOrEqualTo(t.windowMs());
        assertThat(t.modelMs()).isGreaterThanOrEqualTo(t.textMs());
        assertThat(workbench.state().traceDigest()).isPresent();
    }
}
