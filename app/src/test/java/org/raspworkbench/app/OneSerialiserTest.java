package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command writes values with one writer: floats as Python's {@code json.dumps} writes them
 * ({@code Infinity}, {@code NaN} as bare tokens that read back as floats), tuples as arrays.
 */
class OneSerialiserTest {
    private static final String NON_FINITE = "set vocab [1, 2];\nset max_seq_len 2;\nset example [1, 2];\n"
            + "big = numerical(map(lambda x: x * 1e308 * 10 if x == 1 else (x * 1e308 * 10) - (x * 1e308 * 10), tokens));\n"
            + "pair = map(lambda x: (x, x / 4), tokens);\n"
            + "output big;\n";

    @TempDir
    Path dir;

    @Test
    void evalWritesInfinityAndNanAsPythonDoes() throws IOException {
        Path p = dir.resolve("p.rasp");
        Files.writeString(p, NON_FINITE);
        CommandLineRun run = CommandLineRun.of("eval", p.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out().strip()).isEqualTo("{\"runs\":[{\"input\":[1,2],\"evaluated\":[Infinity,NaN]}]}");
    }

    @Test
    void tuplesAndSmallFloatsPrintTheSameInEvalAndTrace() throws IOException {
        Path p = dir.resolve("p.rasp");
        Files.writeString(p, "set vocab [1, 2];\nset max_seq_len 2;\nset example [1, 2];\n"
                + "output map(lambda x: (x, x / 100000), tokens);\n");
        CommandLineRun eval = CommandLineRun.of("eval", p.toString());
        CommandLineRun trace = CommandLineRun.of("trace", p.toString());
        assertThat(eval.out()).contains("\"evaluated\":[[1,1e-05],[2,2e-05]]");
        assertThat(trace.exit()).as(trace.out()).isEqualTo(0);
        assertThat(trace.out()).contains("\"evaluated\":[[1,1e-05],[2,2e-05]]");
    }

    @Test
    void pythonReadsTheNonFiniteFloatsBackAsFloats() throws Exception {
        assumeTrue(python3(), "python3 is not installed");
        Path p = dir.resolve("p.rasp");
        Files.writeString(p, NON_FINITE);
        Path out = dir.resolve("eval.json");
        Files.writeString(out, CommandLineRun.of("eval", p.toString()).out(), StandardCharsets.UTF_8);
        Process py = new ProcessBuilder("python3", "-c", "import json,sys,math; v=json.load(open(sys.argv[1]))"
                + "['runs'][0]['evaluated']; print(type(v[0]).__name__, v[0] == math.inf, type(v[1]).__name__, "
                + "math.isnan(v[1]))", out.toString()).redirectErrorStream(true).start();
        assertThat(py.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String said = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(said).isEqualTo("float True float True");
    }

    private static boolean python3() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
