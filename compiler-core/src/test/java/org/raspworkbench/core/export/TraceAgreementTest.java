package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Beyond the golden files: for every sample program and a few shapes the samples lack (causal
 * attention, attention only, numerical maps), the exported float32 arrays run with TransformerLens's
 * semantics give the workbench's own residual stream ({@code rasp trace}) on the program's example.
 */
class TraceAgreementTest {
    @TempDir
    Path dir;

    static Stream<String> samples() throws IOException {
        Path samples = GoldenWeightsCheck.repoRoot().resolve("sample-programs");
        assertThat(samples).as("sample programs").isDirectory();
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.toString().endsWith(".rasp")).map(Path::toString).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesAgreeWithTheWorkbench(String file) throws IOException {
        agree(Files.readString(Path.of(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "set vocab [\"x\", \"y\"]; set max_seq_len 5; set causal True; set example \"xyxxy\";\n"
                    + "is_x = numerical(map(lambda t: 1 if t == \"x\" else 0, tokens));\n"
                    + "output numerical(aggregate(select(indices, indices, <=), is_x, 0));",
            "set vocab [1, 2, 3]; set max_seq_len 4; set example [3, 1, 2];\n"
                    + "output aggregate(select(indices, map(lambda i: i - 1, indices), ==), tokens);",
            "set vocab [0, 1, 2, 3]; set max_seq_len 4; set example [3, 0, 2];\n"
                    + "output numerical(map(lambda t: t * 0.5, tokens));"})
    void unusualShapesAgreeWithTheWorkbench(String source) throws IOException {
        agree(source);
    }

    private void agree(String source) throws IOException {
        Compilation c = Compiler.compile(source);
        assertThat(c.model()).as(c.diagnostics().toString()).isPresent();
        CompiledModel model = c.model().get();
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace trace = ForwardPass.run(model, input);

        TransformerLensExport export = ModelToTransformerLens.run(model, "p");
        ExportWriter.write(export, dir, DType.FLOAT32);
        TransformerLensWeights w = TransformerLensWeights.fromStateDict(NumpyReader.readNpz(dir.resolve(ExportWriter.WEIGHTS)),
                model.config().causal());
        List<Value> tokens = new ArrayList<>();
        tokens.add(new StrValue(model.program().settings().bos()));
        tokens.addAll(input);
        int[] ids = tokens.stream().mapToInt(export.vocab()::tokenId).toArray();
        TransformerLensRun mine = TransformerLensForward.run(w, ids);

        assertThat(mine.residuals()).hasSameSizeAs(trace.snapshots());
        for (int k = 0; k < trace.snapshots().size(); k++) {
            double[][] want = trace.snapshots().get(k);
            for (int p = 0; p < want.length; p++) {
                for (int d = 0; d < want[p].length; d++) {
                    assertThat(Math.abs(mine.residuals().get(k)[p][d] - want[p][d]))
                            .as("snapshot %d position %d %s", k, p, model.residual().get(d).label())
                            .isLessThanOrEqualTo(GoldenWeightsCheck.TOLERANCE);
                }
            }
        }
        for (int l = 0; l < trace.attention().size(); l++) {
            for (int h = 0; h < trace.attention().get(l).size(); h++) {
                double[][] want = trace.attention().get(l).get(h);
                for (int q = 0; q < want.length; q++) {
                    for (int k = 0; k < want[q].length; k++) {
                        assertThat(Math.abs(mine.patterns().get(l)[h][q][k] - want[q][k]))
                                .as("pattern L%d.H%d [%d][%d]", l, h, q, k).isLessThanOrEqualTo(GoldenWeightsCheck.TOLERANCE);
                    }
                }
            }
        }
    }
}
