package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the benchmark's JSON (never its timings: speed is not a unit test). */
class BenchCommandTest {
    @TempDir
    Path golden;

    @Test
    void reportsTheSortSizesAndEachProgram() throws Exception {
        Files.writeString(golden.resolve("length.rasp"),
                "set vocab \"ab\";\nset max_seq_len 3;\nset example \"ab\";\noutput length;\n");
        Cli r = Cli.run("bench", "--sizes", "3,4", "--repeats", "1", "--warmup", "0", "--golden", golden.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("sort")).hasSize(2);
        JsonNode n4 = doc.at("/sort/1");
        assertThat(n4.get("n").asInt()).isEqualTo(4);
        // 4 x 4 keys, tokens with BOS and PAD, indices, one, target_pos 0..4, its scratch, sort
        assertThat(n4.get("d_model").asInt()).isEqualTo(16 + 6 + 4 + 1 + 5 + 1 + 4);
        assertThat(n4.get("mlp_hidden").asInt()).isEqualTo(16);
        assertThat(n4.get("compile_ms").isNumber()).isTrue();
        assertThat(n4.get("forward_ms").isNumber()).isTrue();
        assertThat(doc.get("programs")).singleElement()
                .satisfies(p -> assertThat(p.get("name").asText()).isEqualTo("length"));
        assertThat(doc.get("patching")).extracting(p -> p.get("name").asText()).containsExactly("sat3_verifier", "sort_64");
        for (JsonNode p : doc.get("patching")) {
            assertThat(p.get("components").asInt()).isPositive();
            for (String f : new String[] {"patch_ms", "patch_cpu_ms", "patch_captured_ms", "sweep_ms", "sweep_cpu_ms", "sweep_from_embeddings_ms",
                    "sweep_from_embeddings_cpu_ms", "mean_ablation_first_ms", "mean_ablation_first_cpu_ms"}) {
                assertThat(p.get(f).isNumber()).as(f).isTrue();
            }
        }
    }

    @Test
    void theUiBenchmarkTimesEveryActionOnBothProgramsHeatmapAndCircuits() throws Exception {
        Cli r = Cli.run("bench", "--ui");
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode ui = new ObjectMapper().readTree(r.out()).get("ui");
        assertThat(ui).hasSize(12);
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (JsonNode row : ui) {
            seen.add(row.get("program").asText() + " " + row.get("action").asText());
            assertThat(row.get("frames").asInt()).isPositive();
            assertThat(row.get("max_ms").asDouble()).isGreaterThanOrEqualTo(row.get("median_ms").asDouble());
        }
        assertThat(seen).containsExactly("sat3_verifier scroll", "sat3_verifier zoom", "sat3_verifier step",
                "sat3_verifier all_snapshots", "sort_n32 scroll", "sort_n32 zoom", "sort_n32 step",
                "sort_n32 all_snapshots", "sat3_verifier circuits_head", "sat3_verifier circuits_scroll",
                "sort_n32 circuits_head", "sort_n32 circuits_scroll");
    }

    @Test
    void exportReportsTimeAndSizesPerSortSize() throws Exception {
        Cli r = Cli.run("bench", "--export", "--sizes", "3,4", "--dtype", "float64");
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.has("sort")).isFalse();
        assertThat(doc.get("export")).hasSize(2);
        JsonNode n4 = doc.at("/export/1");
        assertThat(n4.get("n").asInt()).isEqualTo(4);
        assertThat(n4.get("dtype").asText()).isEqualTo("float64");
        assertThat(n4.get("export_ms").isNumber()).isTrue();
        assertThat(n4.get("export_cpu_ms").isNumber()).isTrue();
        assertThat(n4.get("uncompressed_bytes").asLong()).isEqualTo(8 * n4.get("parameters").asLong());
        assertThat(n4.get("npz_bytes").asLong()).isPositive().isLessThan(n4.get("uncompressed_bytes").asLong());
    }

    @Test
    void exportRejectsAnUnknownDtype() throws Exception {
        Cli r = Cli.run("bench", "--export", "--sizes", "3", "--dtype", "int8");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("--dtype must be float32 or float64");
    }

    @Test
    void theSortProgramIsTracrsMakeSort() {
        assertThat(BenchCommand.sortProgram(3)).contains("set vocab [1, 2, 3];", "set max_seq_len 3;",
                "x + 1 * i / 3", "selector_width(smaller)");
    }
}
