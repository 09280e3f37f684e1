package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command takes a .py file written with Tracr's API, by its extension, and answers as for its .rasp twin. */
class TracrPythonCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path python(String name) {
        Path rasp = Cli.sample(name);
        return rasp.resolveSibling(name + ".py");
    }

    @Test
    void checkEvalTraceAndVerifyTakeTracrPython() throws IOException {
        Path py = python("hist");
        Cli check = Cli.run("check", py.toString());
        assertThat(check.exit()).isZero();
        assertThat(JSON.readTree(check.out()).get("ok").asBoolean()).isTrue();

        Cli eval = Cli.run("eval", py.toString());
        assertThat(eval.exit()).isZero();
        assertThat(JSON.readTree(eval.out()).at("/runs/0/evaluated").toString()).isEqualTo("[2,2,2,1,1,2]");

        JsonNode trace = JSON.readTree(Cli.run("trace", py.toString(), "--input", "\"abac\"").out());
        JsonNode twin = JSON.readTree(Cli.run("trace", Cli.sample("hist").toString(), "--input", "\"abac\"").out());
        assertThat(trace.get("model")).isEqualTo(twin.get("model"));
        assertThat(trace.get("runs")).isEqualTo(twin.get("runs"));

        Cli verify = Cli.run("verify", python("password").toString());
        assertThat(verify.exit()).isZero();
        assertThat(JSON.readTree(verify.out()).get("disagree").asInt()).isZero();
    }

    @Test
    void exportWritesTheWeightsOfAPythonProgram() {
        Cli export = Cli.run("export", "weights", python("frac_prevs").toString(), "--out", dir.resolve("w").toString());
        assertThat(export.exit()).isZero();
        assertThat(dir.resolve("w").resolve("weights.npz")).exists();
    }

    @Test
    void aPythonErrorIsReportedAtItsTextInThePythonFile() throws IOException {
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "from tracr.rasp import rasp\nimport numpy as np\n");
        Cli check = Cli.run("check", bad.toString());
        assertThat(check.exit()).isEqualTo(2);
        JsonNode e = JSON.readTree(check.out()).get("errors").get(0);
        assertThat(e.get("kind").asText()).isEqualTo("unsupported");
        assertThat(e.at("/range/start/line").asInt()).isEqualTo(2);
        assertThat(e.at("/range/start/column").asInt()).isEqualTo(8);
        // the same text as a .rasp file is read by the .rasp grammar
        Path asRasp = dir.resolve("bad.rasp");
        Files.writeString(asRasp, "from tracr.rasp import rasp\n");
        JsonNode r = JSON.readTree(Cli.run("check", asRasp.toString()).out()).get("errors").get(0);
        assertThat(r.get("kind").asText()).isEqualTo("syntax");
    }

    @Test
    void patchTakesAPythonProgram() throws IOException {
        Cli patch = Cli.run("patch", python("hist").toString(), "--clean", "\"abac\"", "--corrupted", "\"abbc\"",
                "head:hist");
        Cli twin = Cli.run("patch", Cli.sample("hist").toString(), "--clean", "\"abac\"", "--corrupted", "\"abbc\"",
                "head:hist");
        assertThat(patch.exit()).as(patch.out()).isZero();
        JsonNode doc = JSON.readTree(patch.out());
        JsonNode expected = JSON.readTree(twin.out());
        for (String field : new String[] {"decoded", "changed_sops", "changed_output"}) {
            assertThat(doc.get(field)).as(field).isNotNull().isEqualTo(expected.get(field));
        }
    }

    @Test
    void withoutAnInputAPythonProgramIsToldToCallModelApply() throws IOException {
        Path py = dir.resolve("noexample.py");
        Files.writeString(py, "from tracr.rasp import rasp\nfrom tracr.compiler import compiling\n"
                + "compiling.compile_rasp_to_model(rasp.Map(lambda x: x, rasp.tokens), {1}, 2)\n");
        Cli trace = Cli.run("trace", py.toString());
        assertThat(trace.exit()).isNotZero();
        assertThat(trace.out()).contains("give --input or call model.apply([bos, ...]) in the script")
                .doesNotContain("set example");
    }
}
