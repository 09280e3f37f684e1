package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.export.ModelToTransformerLens;
import org.raspworkbench.core.export.NumpyReader;
import org.raspworkbench.core.export.TransformerLensExport;
import org.raspworkbench.core.export.TransformerLensForward;
import org.raspworkbench.core.export.TransformerLensRun;
import org.raspworkbench.core.export.TransformerLensWeights;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Zeroing or patching any component gives, snapshot by snapshot, the residual stream that the
 * exported float64 weights give under TransformerLens's forward pass with the hook {@link
 * HookPoint} names for it (zeroed, or set to the corrupted run's activation there).
 */
class TransformerLensHooksTest {
    private static final Pattern HEAD = Pattern.compile("blocks\\.(\\d+)\\.attn\\.hook_z");
    private static final Pattern MLP = Pattern.compile("blocks\\.(\\d+)\\.hook_mlp_out");
    private static final Pattern RESID = Pattern.compile("blocks\\.(\\d+)\\.hook_resid_(pre|mid|post)");

    @TempDir
    Path dir;

    /** Every activation of a TransformerLens run at the hook points: results per head, MLP outputs, residuals. */
    static final class Captured implements TransformerLensForward.Hooks {
        final double[][][][] results;
        final List<double[][]> mlp = new ArrayList<>();
        final List<double[][]> resid = new ArrayList<>();

        Captured(int layers, int heads) {
            results = new double[layers][heads][][];
        }

        @Override
        public void headResult(int layer, int head, double[][] result) {
            results[layer][head] = copy(result);
        }

        @Override
        public void mlpOut(int layer, double[][] out) {
            mlp.add(copy(out));
        }

        @Override
        public void resid(int snapshot, double[][] x) {
            resid.add(copy(x));
        }
    }

    /** What {@code hooks} name, done in TransformerLens: zeroed ({@code from} null) or set from the captured run. */
    static TransformerLensForward.Hooks apply(List<HookPoint> hooks, Captured from) {
        return new TransformerLensForward.Hooks() {
            @Override
            public void headResult(int layer, int head, double[][] result) {
                for (HookPoint h : hooks) {
                    Matcher m = HEAD.matcher(h.name());
                    if (m.matches() && Integer.parseInt(m.group(1)) == layer && h.head().getAsInt() == head) {
                        set(result, from == null ? null : from.results[layer][head], List.of());
                    }
                }
            }

            @Override
            public void mlpOut(int layer, double[][] out) {
                for (HookPoint h : hooks) {
                    Matcher m = MLP.matcher(h.name());
                    if (m.matches() && Integer.parseInt(m.group(1)) == layer) {
                        set(out, from == null ? null : from.mlp.get(layer), h.columns());
                    }
                }
            }

            @Override
            public void resid(int snapshot, double[][] x) {
                for (HookPoint h : hooks) {
                    Matcher m = RESID.matcher(h.name());
                    if (!m.matches()) continue;
                    int l = Integer.parseInt(m.group(1));
                    int k = m.group(2).equals("pre") ? 2 * l : m.group(2).equals("mid") ? 2 * l + 1 : 2 * l + 2;
                    if (k == snapshot) set(x, from == null ? null : from.resid.get(k), h.columns());
                }
            }
        };
    }

    private static void set(double[][] a, double[][] from, List<Integer> cols) {
        for (int p = 0; p < a.length; p++) {
            if (cols.isEmpty()) {
                for (int d = 0; d < a[p].length; d++) a[p][d] = from == null ? 0 : from[p][d];
            } else {
                for (int c : cols) a[p][c] = from == null ? 0 : from[p][c];
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sat3_verifier; [0, 1, 0, 1, 1, 0, 1, 0, 1, 0]; [1, 0, 0, 1, 1, 0, 1, 0, 1, 0]",
            "sort; [3, 1, 4, 1, 5]; [2, 5, 1, 4, 2]",
            "frac_prevs; \"xxyx\"; \"yxyy\"",
            "shuffle_dyck2; \"({)}\"; \"(){}\"",
            "hist; \"abcab\"; \"aaaab\""})
    void samples(String name, String cleanJson, String corruptedJson) throws IOException {
        CompiledModel model = Samples.sample(name);
        agree(model, CorruptedPatchTest.parse(model, cleanJson), CorruptedPatchTest.parse(model, corruptedJson));
    }

    /** Shapes the samples lack: causal attention over a numerical S-op, a numerical MLP. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "set vocab [\"x\", \"y\"]; set max_seq_len 5; set causal True;"
                    + " is_x = numerical(map(lambda t: 1 if t == \"x\" else 0, tokens));"
                    + " output numerical(aggregate(select(indices, indices, <=), is_x, 0));"
                    + "| \"xyxxy\" | \"yyxyx\"",
            "set vocab [0, 1, 2, 3]; set max_seq_len 4;"
                    + " half = numerical(map(lambda t: t * 0.5, tokens));"
                    + " output numerical(aggregate(select(indices, indices, ==), half, 0));"
                    + "| [3, 0, 2] | [1, 2, 2]"})
    void unusualShapes(String source, String cleanJson, String corruptedJson) throws IOException {
        CompiledModel model = Samples.compile(source);
        agree(model, CorruptedPatchTest.parse(model, cleanJson), CorruptedPatchTest.parse(model, corruptedJson));
    }

    private void agree(CompiledModel model, List<Value> cleanIn, List<Value> corruptIn) throws IOException {
        TransformerLensExport export = ModelToTransformerLens.run(model, "p");
        ExportWriter.write(export, dir, DType.FLOAT64);
        TransformerLensWeights w = TransformerLensWeights.fromStateDict(NumpyReader.readNpz(dir.resolve(ExportWriter.WEIGHTS)),
                model.config().causal());
        Function<List<Value>, int[]> ids = in -> {
            List<Value> tokens = new ArrayList<>();
            tokens.add(new StrValue(model.program().settings().bos()));
            tokens.addAll(in);
            return tokens.stream().mapToInt(export.vocab()::tokenId).toArray();
        };
        Captured corrupted = new Captured(model.circuits().size(), model.config().heads());
        TransformerLensForward.run(w, ids.apply(corruptIn), corrupted);

        ForwardTrace clean = ForwardPass.run(model, cleanIn);
        InterventionRunner runner = new InterventionRunner(model, clean);
        List<InterventionTarget> targets = new ArrayList<>();
        PatchSweep.components(model).forEach(c -> targets.add(c.target()));
        for (LayerCircuit layer : model.circuits()) {
            targets.add(new InterventionTarget.SubLayer(layer.layer(), BlockKind.ATTENTION));
            targets.add(new InterventionTarget.SubLayer(layer.layer(), BlockKind.MLP));
        }
        for (InterventionTarget t : targets) {
            List<HookPoint> hooks = HookPoint.of(model, t);
            for (boolean patch : new boolean[] {false, true}) {
                Intervention i = patch ? Intervention.patch(t, corruptIn) : Intervention.zero(t);
                PatchedRun ours = runner.run(List.of(i));
                assertThat(ours.problems()).isEmpty();
                TransformerLensRun theirs = TransformerLensForward.run(w, ids.apply(cleanIn), apply(hooks, patch ? corrupted : null));
                for (int k = 0; k < theirs.residuals().size(); k++) {
                    double[][] want = theirs.residuals().get(k);
                    double[][] got = ours.trace().snapshots().get(k);
                    for (int p = 0; p < want.length; p++) {
                        for (int d = 0; d < want[p].length; d++) {
                            // an assertion per entry would cost more than both forward passes
                            if (Math.abs(got[p][d] - want[p][d]) < 1e-9) continue;
                            assertThat(got[p][d]).as("%s via %s: snapshot %d, row %d, %s", i.label(), hooks, k, p,
                                    model.residual().get(d).label()).isEqualTo(want[p][d]);
                        }
                    }
                }
            }
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
