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

    /**
     * What {@code hooks} name, done in TransformerLens at {@code rows} (null: every position): zeroed
     * ({@code from} null) or set from the captured run.
     */
    static TransformerLensForward.Hooks apply(List<HookPoint> hooks, Captured from, int[] rows) {
        return new TransformerLensForward.Hooks() {
            @Override
            public void headResult(int layer, int head, double[][] result) {
                for (HookPoint h : hooks) {
                    Matcher m = HEAD.matcher(h.name());
                    if (m.matches() && Integer.parseInt(m.group(1)) == layer && h.head().getAsInt() == head) {
                        set(result, from == null ? null : from.results[layer][head], List.of(), rows);
                    }
                }
            }

            @Override
            public void mlpOut(int layer, double[][] out) {
                for (HookPoint h : hooks) {
                    Matcher m = MLP.matcher(h.name());
                    if (m.matches() && Integer.parseInt(m.group(1)) == layer) {
                        set(out, from == null ? null : from.mlp.get(layer), h.columns(), rows);
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
                    if (k == snapshot) set(x, from == null ? null : from.resid.get(k), h.columns(), rows);
                }
            }
        };
    }

    private static void set(double[][] a, double[][] from, List<Integer> cols, int[] rows) {
        for (int p = 0; p < a.length; p++) {
            final int row = p;
            if (rows != null && java.util.Arrays.stream(rows).noneMatch(r -> r == row)) continue;
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
                TransformerLensRun theirs = TransformerLensForward.run(w, ids.apply(cleanIn), apply(hooks, patch ? corrupted : null, null));
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

    /**
     * Mean ablation over a batch of one length, and a patch at some positions only, as
     * TransformerLens does them: the hook set to the batch's mean there, or to the corrupted
     * activation at those positions.
     */
    @org.junit.jupiter.api.Test
    void meansAndPatchesAtSomePositionsMatchToo() throws IOException {
        CompiledModel model = Samples.sample("sort");
        List<Value> cleanIn = CorruptedPatchTest.parse(model, "[3, 1, 4, 1, 5]");
        List<Value> corruptIn = CorruptedPatchTest.parse(model, "[2, 5, 1, 4, 2]");
        List<List<Value>> batch = MeanInputs.sample(model, 5, 6, 1);
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
        int layers = model.circuits().size();
        int heads = model.config().heads();
        Captured corrupted = new Captured(layers, heads);
        TransformerLensForward.run(w, ids.apply(corruptIn), corrupted);
        Captured mean = null;
        for (List<Value> in : batch) {
            Captured c = new Captured(layers, heads);
            TransformerLensForward.run(w, ids.apply(in), c);
            if (mean == null) {
                mean = c;
            } else {
                for (int l = 0; l < layers; l++) {
                    for (int h = 0; h < heads; h++) addInto(mean.results[l][h], c.results[l][h]);
                    addInto(mean.mlp.get(l), c.mlp.get(l));
                }
                for (int k = 0; k < c.resid.size(); k++) addInto(mean.resid.get(k), c.resid.get(k));
            }
        }
        for (int l = 0; l < layers; l++) {
            for (int h = 0; h < heads; h++) scale(mean.results[l][h], batch.size());
            scale(mean.mlp.get(l), batch.size());
        }
        for (double[][] r : mean.resid) scale(r, batch.size());

        InterventionRunner runner = new InterventionRunner(model, ForwardPass.run(model, cleanIn));
        int[] rows = {1, 3};
        for (SweepCell c : PatchSweep.components(model)) {
            List<HookPoint> hooks = HookPoint.of(model, c.target());
            assertSame(model, runner.run(List.of(Intervention.of(c.target(), new InterventionAction.Mean(batch)))),
                    TransformerLensForward.run(w, ids.apply(cleanIn), apply(hooks, mean, null)), 1e-9);
            assertSame(model, runner.run(List.of(Intervention.patch(c.target(), corruptIn).withPositions(Positions.rows(rows)))),
                    TransformerLensForward.run(w, ids.apply(cleanIn), apply(hooks, corrupted, rows)), 1e-9);
        }
    }

    private static void assertSame(CompiledModel model, PatchedRun ours, TransformerLensRun theirs, double tolerance) {
        assertThat(ours.problems()).isEmpty();
        for (int k = 0; k < theirs.residuals().size(); k++) {
            double[][] want = theirs.residuals().get(k);
            double[][] got = ours.trace().snapshots().get(k);
            for (int p = 0; p < want.length; p++) {
                for (int d = 0; d < want[p].length; d++) {
                    if (Math.abs(got[p][d] - want[p][d]) < tolerance) continue;
                    assertThat(got[p][d]).as("%s: snapshot %d, row %d, %s", ours.applied(), k, p,
                            model.residual().get(d).label()).isEqualTo(want[p][d]);
                }
            }
        }
    }

    private static void addInto(double[][] a, double[][] b) {
        if (a == null) return;
        for (int p = 0; p < a.length; p++) {
            for (int d = 0; d < a[p].length; d++) a[p][d] += b[p][d];
        }
    }

    private static void scale(double[][] a, int n) {
        if (a == null) return;
        for (double[] row : a) {
            for (int d = 0; d < row.length; d++) row[d] /= n;
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
