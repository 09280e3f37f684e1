package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Every kind of intervention gives, snapshot by snapshot, the residual stream that the exported
 * float64 weights give under TransformerLens's forward pass with the same hook (zeroing
 * {@code hook_result}, {@code hook_mlp_out} or columns of it, patching {@code hook_result} or the
 * residual's columns from the corrupted run).
 */
class TransformerLensHooksTest {
    @TempDir
    Path dir;

    /** An intervention and the TransformerLens hooks that do the same, given the corrupted run's activations. */
    record Case(Intervention ours, TransformerLensForward.Hooks theirs) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sat3_verifier; [0, 1, 0, 1, 1, 0, 1, 0, 1, 0]; [1, 0, 0, 1, 1, 0, 1, 0, 1, 0]",
            "sort; [3, 1, 4, 1, 5]; [2, 5, 1, 4, 2]",
            "frac_prevs; \"xxyx\"; \"yxyy\"",
            "shuffle_dyck2; \"({)}\"; \"(){}\""})
    void interventionsMatchTransformerLensHooksOnTheExportedWeights(String name, String cleanJson, String corruptedJson)
            throws IOException {
        CompiledModel model = Samples.sample(name);
        List<Value> cleanIn = CorruptedPatchTest.parse(model, cleanJson);
        List<Value> corruptIn = CorruptedPatchTest.parse(model, corruptedJson);
        TransformerLensExport export = ModelToTransformerLens.run(model, name);
        ExportWriter.write(export, dir, DType.FLOAT64);
        TransformerLensWeights w = TransformerLensWeights.fromStateDict(NumpyReader.readNpz(dir.resolve(ExportWriter.WEIGHTS)),
                model.config().causal());
        Function<List<Value>, int[]> ids = in -> {
            List<Value> tokens = new ArrayList<>();
            tokens.add(new StrValue(model.program().settings().bos()));
            tokens.addAll(in);
            return tokens.stream().mapToInt(export.vocab()::tokenId).toArray();
        };
        // the corrupted run's activations at TransformerLens's hook points
        int layers = model.circuits().size();
        double[][][][] corruptResult = new double[layers][model.config().heads()][][];
        List<double[][]> corruptResid = new ArrayList<>();
        TransformerLensForward.run(w, ids.apply(corruptIn), new TransformerLensForward.Hooks() {
            @Override
            public void headResult(int layer, int head, double[][] result) {
                corruptResult[layer][head] = copy(result);
            }

            @Override
            public void resid(int snapshot, double[][] x) {
                corruptResid.add(copy(x));
            }
        });

        ForwardTrace clean = ForwardPass.run(model, cleanIn);
        InterventionRunner runner = new InterventionRunner(model, clean);
        List<Case> cases = new ArrayList<>();
        for (LayerCircuit layer : model.circuits()) {
            int l = layer.layer();
            for (int h = 0; h < layer.heads().size(); h++) {
                int head = h;
                cases.add(new Case(Intervention.zero(InterventionTarget.Head.of(model, l, h)), new TransformerLensForward.Hooks() {
                    @Override
                    public void headResult(int hl, int hh, double[][] result) {
                        if (hl == l && hh == head) zero(result, null);
                    }
                }));
                cases.add(new Case(Intervention.patch(InterventionTarget.Head.of(model, l, h), corruptIn),
                        new TransformerLensForward.Hooks() {
                            @Override
                            public void headResult(int hl, int hh, double[][] result) {
                                if (hl == l && hh == head) {
                                    for (int p = 0; p < result.length; p++) result[p] = corruptResult[l][head][p].clone();
                                }
                            }
                        }));
            }
            if (layer.mlp().isEmpty()) continue;
            cases.add(new Case(Intervention.zero(new InterventionTarget.SubLayer(l, BlockKind.MLP)),
                    new TransformerLensForward.Hooks() {
                        @Override
                        public void mlpOut(int ml, double[][] out) {
                            if (ml == l) zero(out, null);
                        }
                    }));
            MlpPart part = layer.mlp().get(0);
            cases.add(new Case(Intervention.zero(InterventionTarget.Mlp.of(l, part.sop())), new TransformerLensForward.Hooks() {
                @Override
                public void mlpOut(int ml, double[][] out) {
                    if (ml == l) zero(out, part.output());
                }
            }));
        }
        for (RunsToComparison.Written s : RunsToComparison.written(model)) {
            int k = s.snapshot();
            int[] cols = s.readout().columns();
            cases.add(new Case(Intervention.patch(InterventionTarget.SOpSubspace.of(s.sop()), corruptIn),
                    new TransformerLensForward.Hooks() {
                        @Override
                        public void resid(int snapshot, double[][] x) {
                            if (snapshot != k) return;
                            for (int p = 0; p < x.length; p++) {
                                for (int c : cols) x[p][c] = corruptResid.get(k)[p][c];
                            }
                        }
                    }));
        }
        assertThat(cases.size()).isGreaterThan(4);
        for (Case c : cases) {
            PatchedRun ours = runner.run(List.of(c.ours()));
            assertThat(ours.problems()).isEmpty();
            TransformerLensRun theirs = TransformerLensForward.run(w, ids.apply(cleanIn), c.theirs());
            for (int k = 0; k < theirs.residuals().size(); k++) {
                double[][] want = theirs.residuals().get(k);
                double[][] got = ours.trace().snapshots().get(k);
                for (int p = 0; p < want.length; p++) {
                    for (int d = 0; d < want[p].length; d++) {
                        assertThat(Math.abs(got[p][d] - want[p][d])).as("%s: snapshot %d, row %d, %s", c.ours().label(), k,
                                p, model.residual().get(d).label()).isLessThan(1e-9);
                    }
                }
            }
        }
    }

    private static void zero(double[][] a, int[] cols) {
        for (double[] row : a) {
            if (cols == null) {
                java.util.Arrays.fill(row, 0);
            } else {
                for (int c : cols) row[c] = 0;
            }
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
