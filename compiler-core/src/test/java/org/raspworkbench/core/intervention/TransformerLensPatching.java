package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.export.ModelToTransformerLens;
import org.raspworkbench.core.export.NumpyReader;
import org.raspworkbench.core.export.TransformerLensExport;
import org.raspworkbench.core.export.TransformerLensForward;
import org.raspworkbench.core.export.TransformerLensRun;
import org.raspworkbench.core.export.TransformerLensWeights;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Interventions done the TransformerLens way, on a model's float64 export and the test sources'
 * TransformerLens forward pass: activations captured at the hook points, and hooks that set what a
 * {@link HookPoint} names to zero or to a captured activation.
 */
final class TransformerLensPatching {
    private static final Pattern HEAD = Pattern.compile("blocks\\.(\\d+)\\.attn\\.hook_z");
    private static final Pattern MLP = Pattern.compile("blocks\\.(\\d+)\\.hook_mlp_out");
    private static final Pattern RESID = Pattern.compile("blocks\\.(\\d+)\\.hook_resid_(pre|mid|post)");

    final CompiledModel model;
    final TransformerLensWeights weights;
    private final TransformerLensExport export;

    /** Exports {@code model} as float64 into {@code dir} and reads the weights back. */
    TransformerLensPatching(CompiledModel model, Path dir) throws IOException {
        this.model = model;
        this.export = ModelToTransformerLens.run(model, "p");
        ExportWriter.write(export, dir, DType.FLOAT64);
        this.weights = TransformerLensWeights.fromStateDict(NumpyReader.readNpz(dir.resolve(ExportWriter.WEIGHTS)),
                model.config().causal());
    }

    /** The run of {@code input} with {@code hooks}. */
    TransformerLensRun run(List<Value> input, TransformerLensForward.Hooks hooks) {
        List<Value> tokens = new ArrayList<>();
        tokens.add(new StrValue(model.program().settings().bos()));
        tokens.addAll(input);
        return TransformerLensForward.run(weights, tokens.stream().mapToInt(export.vocab()::tokenId).toArray(), hooks);
    }

    /** Every activation of {@code input}'s run at the hook points. */
    Captured capture(List<Value> input) {
        Captured c = new Captured(model.circuits().size(), model.config().heads());
        run(input, c);
        return c;
    }

    /** The mean of the captures of {@code inputs} (all of one length). */
    Captured mean(List<List<Value>> inputs) {
        Captured sum = null;
        for (List<Value> in : inputs) {
            Captured c = capture(in);
            if (sum == null) {
                sum = c;
                continue;
            }
            for (int l = 0; l < c.results.length; l++) {
                for (int h = 0; h < c.results[l].length; h++) addInto(sum.results[l][h], c.results[l][h]);
                addInto(sum.mlp.get(l), c.mlp.get(l));
            }
            for (int k = 0; k < c.resid.size(); k++) addInto(sum.resid.get(k), c.resid.get(k));
        }
        for (double[][][] layer : sum.results) {
            for (double[][] head : layer) scale(head, inputs.size());
        }
        sum.mlp.forEach(a -> scale(a, inputs.size()));
        sum.resid.forEach(a -> scale(a, inputs.size()));
        return sum;
    }

    /** Activations at the hook points: each head's {@code z @ W_O}, each MLP's output, each residual snapshot. */
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
     * What {@code hooks} name, at {@code rows} (null: every position): zeroed ({@code from} null) or
     * set from a capture.
     */
    static TransformerLensForward.Hooks set(List<HookPoint> hooks, Captured from, int[] rows) {
        return new TransformerLensForward.Hooks() {
            @Override
            public void headResult(int layer, int head, double[][] result) {
                for (HookPoint h : hooks) {
                    Matcher m = HEAD.matcher(h.name());
                    if (m.matches() && Integer.parseInt(m.group(1)) == layer && h.head().getAsInt() == head) {
                        fill(result, from == null ? null : from.results[layer][head], List.of(), rows);
                    }
                }
            }

            @Override
            public void mlpOut(int layer, double[][] out) {
                for (HookPoint h : hooks) {
                    Matcher m = MLP.matcher(h.name());
                    if (m.matches() && Integer.parseInt(m.group(1)) == layer) {
                        fill(out, from == null ? null : from.mlp.get(layer), h.columns(), rows);
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
                    if (k == snapshot) fill(x, from == null ? null : from.resid.get(k), h.columns(), rows);
                }
            }
        };
    }

    /** Every snapshot of our patched run is TransformerLens's within {@code tolerance}. */
    void assertSame(PatchedRun ours, TransformerLensRun theirs, double tolerance) {
        assertThat(ours.problems()).isEmpty();
        for (int k = 0; k < theirs.residuals().size(); k++) {
            double[][] want = theirs.residuals().get(k);
            double[][] got = ours.trace().snapshots().get(k);
            for (int p = 0; p < want.length; p++) {
                for (int d = 0; d < want[p].length; d++) {
                    // an assertion per entry would cost more than both forward passes
                    if (Math.abs(got[p][d] - want[p][d]) < tolerance) continue;
                    assertThat(got[p][d]).as("%s: snapshot %d, row %d, %s", ours.applied(), k, p,
                            model.residual().get(d).label()).isEqualTo(want[p][d]);
                }
            }
        }
    }

    private static void fill(double[][] a, double[][] from, List<Integer> cols, int[] rows) {
        for (int p = 0; p < a.length; p++) {
            final int row = p;
            if (rows != null && Arrays.stream(rows).noneMatch(r -> r == row)) continue;
            if (cols.isEmpty()) {
                for (int d = 0; d < a[p].length; d++) a[p][d] = from == null ? 0 : from[p][d];
            } else {
                for (int c : cols) a[p][c] = from == null ? 0 : from[p][c];
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
