package org.raspworkbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9}: a child JVM types into a document with autosave on; it is killed with
 * SIGKILL, and what it typed up to a second before is found as an orphan by the next session.
 */
class KilledWhileTypingTest {
    @TempDir
    Path state;

    /** The child: types one line every 100 ms, forever, printing each line once it is in the text. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path file = Path.of(args[1]);
        SimpleStringProperty text = new SimpleStringProperty("");
        DocumentModel document = new DocumentModel(text);
        ExecutorService fx = Executors.newSingleThreadExecutor();
        ExecutorService io = Executors.newSingleThreadExecutor();
        fx.submit(() -> document.loaded(Optional.of(file), file.getFileName().toString(), "", false)).get();
        Autosave autosave = new Autosave(new AutosaveStore(folder), document, text::get, io, fx);
        autosave.start();
        for (int i = 0; ; i++) {
            String line = "x" + i + " = tokens;\n";
            fx.submit(() -> text.set(text.get() + line)).get();
            System.out.println(i);
            Thread.sleep(100);
        }
    }

    @Test
    void aKilledSessionLosesAtMostTheLastSecondsOfTyping() throws Exception {
        Path file = state.resolve("p.rasp");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledWhileTypingTest.class.getName(),
                state.resolve("state").toString(), file.toString())
                .redirectErrorStream(true).start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
        String last = null;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // Type for at least three autosave periods after the child is up.
        for (int lines = 0; lines < 40 && System.nanoTime() < end; lines++) last = out.readLine();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(last).as("the child's output").matches("\\d+");
        int typed = Integer.parseInt(last);

        List<AutosaveStore.Entry> orphans = new AutosaveStore(state.resolve("state")).orphans();
        assertThat(orphans).hasSize(1);
        assertThat(orphans.get(0).source()).contains(file);
        String recovered = orphans.get(0).text();
        int kept = (int) recovered.lines().count();
        assertThat(recovered).startsWith("x0 = tokens;\n");
        // 100 ms a line: two seconds are 20 lines; the autosave runs every second.
        assertThat(typed + 1 - kept).isBetween(0, 20);
        assertThat(Files.exists(file)).isFalse();
    }
}
