package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs Tracr fails on compile here; `check` and `trace` say what Tracr does instead. */
class TracrNotesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRAM = "set vocab \"ab\";\nset max_seq_len 4;\nm = 1 / length;\n";

    @TempDir
    Path dir;

    @Test
    void checkListsTheNoteAndStaysOk() throws IOException {
        Path p = dir.resolve("inv.rasp");
        Files.writeString(p, PROGRAM);
        CommandLineRun run = CommandLineRun.of("check", p.toString());
        assertThat(run.exit()).isZero();
        JsonNode line = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(line.get("ok").asBoolean()).isTrue();
        assertThat(line.get("errors")).isEmpty();
        JsonNode note = line.get("notes").get(0);
        assertThat(note.get("message").asText()).contains("ZeroDivisionError").contains("'m'");
        assertThat(note.at("/range/start/line").asInt()).isEqualTo(3);
    }

    @Test
    void traceWritesTheNoteToStderrAndTheModelToStdout() throws IOException {
        Path p = dir.resolve("inv.rasp");
        Files.writeString(p, PROGRAM);
        CommandLineRun run = CommandLineRun.of("trace", p.toString(), "--input", "[\"a\", \"b\"]");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("note: 3:5: Tracr cannot compile this").contains("ZeroDivisionError");
        assertThat(JSON.readTree(run.out()).at("/model/layers").asInt()).isEqualTo(2);
    }
}
