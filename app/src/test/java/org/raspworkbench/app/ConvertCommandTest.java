package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasp convert}: prints or writes the program in the other syntax; errors as the other commands print them. */
class ConvertCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsTracrPythonForARaspProgram() {
        Cli r = Cli.run("convert", Cli.sample("reverse").toString(), "--to", "tracr");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("from tracr.rasp import rasp", "rasp.Select(rasp.indices, ",
                "rasp.Aggregate(reverse_selector, rasp.tokens).named('reverse')", "model = compiling.compile_rasp_to_model(",
                "compiler_bos='BOS'", "print(model.apply(['BOS', 'a', 'b', 'c', 'a', 'b']).decoded)");
    }

    @Test
    void writesTheFileAtomicallyAndItCompilesToTheSameModel() throws Exception {
        Path py = dir.resolve("reverse.py");
        Cli toPy = Cli.run("convert", Cli.sample("reverse").toString(), "--to", "tracr", "--out", py.toString());
        assertThat(toPy.exit()).isZero();
        assertThat(JSON.readTree(toPy.out()).at("/written/0").asText()).isEqualTo(py.toString());
        Path rasp = dir.resolve("back.rasp");
        Cli back = Cli.run("convert", py.toString(), "--to", "rasp", "--out", rasp.toString());
        assertThat(back.exit()).isZero();
        assertThat(Files.readString(rasp)).contains("set vocab ['a', 'b', 'c'];", "output reverse;");

        JsonNode original = JSON.readTree(Cli.run("trace", Cli.sample("reverse").toString()).out());
        JsonNode viaPython = JSON.readTree(Cli.run("trace", py.toString()).out());
        JsonNode backAgain = JSON.readTree(Cli.run("trace", rasp.toString()).out());
        assertThat(viaPython.get("model")).isEqualTo(original.get("model"));
        assertThat(viaPython.get("runs")).isEqualTo(original.get("runs"));
        assertThat(backAgain.get("model")).isEqualTo(original.get("model"));
        assertThat(backAgain.get("runs")).isEqualTo(original.get("runs"));
    }

    @Test
    void aProgramWithErrorsPrintsThemWithTheirRanges() throws Exception {
        Path bad = dir.resolve("bad.rasp");
        Files.writeString(bad, "set vocab [1];\nset max_seq_len 2;\nx = tokns + 1;\n");
        Cli r = Cli.run("convert", bad.toString(), "--to", "tracr");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode error = JSON.readTree(r.out()).at("/errors/0");
        assertThat(error.get("kind").asText()).isEqualTo("name");
        assertThat(error.at("/range/start/line").asInt()).isEqualTo(3);
    }

    @Test
    void readsATracrPythonScriptByItsExtension() {
        Path sortPy = Cli.sample("sort").resolveSibling("sort.py");
        Cli r = Cli.run("convert", sortPy.toString(), "--to", "rasp");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lambda key, index: key + 1 * index / 5", "output sort;");
    }

    @Test
    void theTargetIsRequired() {
        assertThat(Cli.run("convert", Cli.sample("reverse").toString()).exit()).isEqualTo(2);
    }
}
