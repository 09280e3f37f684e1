package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class ExportWriterTest {
    @TempDir
    Path dir;

    /** The hand-built model of {@link TransformerLensForwardTest}: token 0 is {@code 1}, token 1 the BOS. */
    static TransformerLensExport tinyExport(boolean causal) {
        TransformerLensWeights w = TransformerLensForwardTest.tiny(causal);
        CompileSettings settings = new CompileSettings(List.of(IntValue.of(1)), 3, Optional.empty(), causal, "BOS", "PAD", 100);
        ExportVocab vocab = new ExportVocab(List.of(IntValue.of(1), new StrValue("BOS")), Encoding.NUMERICAL, "frac",
                List.of(), List.of("tokens:1", "tokens:BOS", "frac"), settings);
        TransformerLensRun run = TransformerLensForward.run(w, new int[] {1, 0, 0, 0});
        List<Value> decoded = new ArrayList<>();
        decoded.add(new StrValue("BOS"));
        for (int p = 1; p < 4; p++) decoded.add(FloatValue.of(run.logits()[p][0]));
        return new TransformerLensExport("tiny", w, vocab,
                Optional.of(new ExportExample(List.of(IntValue.of(1), IntValue.of(1), IntValue.of(1)), decoded)));
    }

    @Test
    void writesTheFourFiles() throws IOException {
        List<Path> files = ExportWriter.write(tinyExport(false), dir, DType.FLOAT32);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("weights.npz", "config.json", "vocab.json", "README.md");
        for (Path f : files) assertThat(f).isRegularFile();
        TransformerLensWeights back = TransformerLensWeights.fromStateDict(NumpyReader.readNpz(files.get(0)), false);
        assertThat(back.config()).isEqualTo(tinyExport(false).config());
    }

    @Test
    void configHasHookedTransformerConfigFields() throws IOException {
        ExportWriter.write(tinyExport(true), dir, DType.FLOAT64);
        JsonNode c = new ObjectMapper().readTree(dir.resolve("config.json").toFile());
        assertThat(c.get("n_layers").asInt()).isEqualTo(1);
        assertThat(c.get("d_model").asInt()).isEqualTo(3);
        assertThat(c.get("d_head").asInt()).isEqualTo(1);
        assertThat(c.get("n_heads").asInt()).isEqualTo(1);
        assertThat(c.get("d_mlp").asInt()).isEqualTo(1);
        assertThat(c.get("d_vocab").asInt()).isEqualTo(2);
        assertThat(c.get("d_vocab_out").asInt()).isEqualTo(1);
        assertThat(c.get("n_ctx").asInt()).isEqualTo(4);
        assertThat(c.get("act_fn").asText()).isEqualTo("relu");
        assertThat(c.get("normalization_type").isNull()).isTrue();
        assertThat(c.get("attention_dir").asText()).isEqualTo("causal");
    }

    @Test
    void vocabNamesANumericalOutputAndKeepsValueTypes() throws IOException {
        ExportWriter.write(tinyExport(false), dir, DType.FLOAT32);
        JsonNode v = new ObjectMapper().readTree(dir.resolve("vocab.json").toFile());
        assertThat(v.get("input_tokens").get(0).isInt()).isTrue();
        assertThat(v.get("input_tokens").get(1).asText()).isEqualTo("BOS");
        assertThat(v.get("output_name").asText()).isEqualTo("frac");
        assertThat(v.has("output_values")).isFalse();
        assertThat(v.get("residual")).hasSize(3);
        assertThat(v.get("settings").get("max_seq_len").asInt()).isEqualTo(3);
        assertThat(v.get("settings").get("mlp_exactness").isIntegralNumber()).isTrue();
    }

    @Test
    void readmeExplainsBothWaysOfLoading() throws IOException {
        ExportWriter.write(tinyExport(false), dir, DType.FLOAT32);
        String readme = Files.readString(dir.resolve("README.md"));
        assertThat(readme).contains("HookedTransformerConfig", "load_state_dict", "def forward(ids)",
                "forward([1, 0, 0, 0])", "np.allclose");
    }

    /** The README's numpy code runs and its check passes (where a Python with numpy is installed). */
    @Test
    void readmeNumpyCheckPasses() throws Exception {
        for (boolean causal : new boolean[] {false, true}) {
            Path d = dir.resolve(causal ? "causal" : "bidirectional");
            ExportWriter.write(tinyExport(causal), d, DType.FLOAT32);
            assertThat(ReadmeCheck.runNumpyBlock(d)).isEqualTo(0);
        }
    }

    /** Runs the README's numpy block with python3; skips the test when python3 or numpy is missing. */
    static final class ReadmeCheck {
        static int runNumpyBlock(Path exportDir) throws Exception {
            assumeTrue(hasNumpy(), "python3 with numpy is not installed");
            String readme = Files.readString(exportDir.resolve("README.md"), StandardCharsets.UTF_8);
            int start = readme.indexOf("```python\n", readme.indexOf("## Plain numpy")) + "```python\n".length();
            String code = readme.substring(start, readme.indexOf("```", start));
            Process p = new ProcessBuilder("python3", "-c", code).directory(exportDir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            if (p.exitValue() != 0) System.err.println(out);
            return p.exitValue();
        }

        static boolean hasNumpy() {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }
    }
}
