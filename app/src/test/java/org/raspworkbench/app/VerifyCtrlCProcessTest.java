package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C on a real {@code rasp verify} process: SIGINT stops the run, the partial report is
 * printed, and the exit status is the verdict's (1 here: disagreements found), not the JVM's 130.
 */
@DisabledOnOs(OS.WINDOWS)
class VerifyCtrlCProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The length MLP at mlp_exactness 20 confuses 3 and 4, so the sample disagrees early. */
    private static final String LOW_EXACTNESS = """
            set vocab "(){}";
            set max_seq_len 5;
            set mlp_exactness 20;
            prevs = select(indices, indices, <=);
            b = numerical(aggregate(prevs, numerical(tokens == "("), 0)) - numerical(aggregate(prevs, numerical(tokens == ")"), 0));
            out = aggregate(select(indices, length - 1, ==), b == 0);
            """;

    @TempDir
    Path dir;

    @Test
    void sigintStopsTheRunPrintsTheReportAndExitsWithTheVerdict() throws Exception {
        Path program = dir.resolve("long.rasp");
        Files.writeString(program, LOW_EXACTNESS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a hundred million samples: minutes of work, so only Ctrl+C ends it within the test
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", Main.class.getName(), "verify", program.toString(),
                "--max-inputs", "0", "--samples", "100000000", "--no-fix"))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p));
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            // the first progress line comes after the first batch: verification is under way
            String line;
            while ((line = err.readLine()) != null && !line.startsWith("verifying")) {
                // start-up messages, if any
            }
            assertThat(line).as("a progress line before the process ended").isNotNull();
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture.runAsync(() -> err.lines().forEach(l -> { }));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process ended after SIGINT").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isEqualTo(1);
        JsonNode doc = JSON.readTree(out.get(10, TimeUnit.SECONDS));
        assertThat(doc.get("cancelled").asBoolean()).isTrue();
        assertThat(doc.get("inputs_checked").asLong()).isPositive().isLessThan(100_000_000L);
        assertThat(doc.get("disagree").asLong()).isPositive();
        assertThat(doc.get("notes").toString()).contains("stopped after");
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
