package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line prints UTF-8 whatever the locale, as JSON readers expect. */
class Utf8OutputTest {
    @TempDir
    Path dir;

    @Test
    void nonAsciiTokensSurviveTheCLocale() throws Exception {
        Path p = dir.resolve("p.rasp");
        Files.writeString(p, "set vocab [\"é\", \"ß\"];\nset max_seq_len 2;\nset example [\"é\", \"ß\"];\n"
                + "output tokens == \"é\";\n", StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "eval", p.toString()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process run = pb.start();
        byte[] out = run.getInputStream().readAllBytes();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("\"input\":[\"é\",\"ß\"]");
    }
}
