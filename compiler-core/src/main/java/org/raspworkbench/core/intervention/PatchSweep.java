package org.raspworkbench.core.intervention;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.model.ResidualRun;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.value.Value;

/**
 * Activation patching of every component, one at a time, from a corrupted run into the clean run
 * (TransformerLens's "patch every head/MLP/residual position" sweep, with components named by the
 * S-ops they compute), measured on the output per position. Each patch resumes at its component, so
 * a sweep costs about one forward pass per component, less the sub-layers before it.
 */
public final class PatchSweep {
    private PatchSweep() {
    }

    /** The components a sweep patches, in grid order, with their layer and column family. */
    public static List<SweepCell> components(CompiledModel model) {
        List<SweepCell> out = new ArrayList<>();
        List<RunsToComparison.Written> written = RunsToComparison.written(model);
        for (RunsToComparison.Written w : written) {
            if (w.snapshot() == 0) out.add(cell(InterventionTarget.SOpSubspace.of(w.sop()), -1, SweepCell.Kind.SUBSPACE));
        }
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                HeadCircuit c = layer.heads().get(h);
                out.add(cell(new InterventionTarget.Head(layer.layer(), h, c.sop().name()), layer.layer(),
                        SweepCell.Kind.HEAD));
            }
            for (MlpPart part : layer.mlp()) {
                out.add(cell(InterventionTarget.Mlp.of(layer.layer(), part.sop()), layer.layer(), SweepCell.Kind.MLP));
            }
            for (RunsToComparison.Written w : written) {
                if (w.snapshot() > 0 && SnapshotNumbering.layerOf(w.snapshot()) == layer.layer()) {
                    out.add(cell(InterventionTarget.SOpSubspace.of(w.sop()), layer.layer(), SweepCell.Kind.SUBSPACE));
                }
            }
        }
        return out;
    }

    private static SweepCell cell(InterventionTarget t, int layer, SweepCell.Kind kind) {
        return new SweepCell(t, layer, kind, List.of());
    }

    /**
     * @param runner    the clean run's interventions runner (its captured runs are reused)
     * @param corrupted {@code ForwardPass.run(model, corruptedInput)}
     */
    public static SweepResult run(InterventionRunner runner, ForwardTrace corrupted) {
        return run(runner, corrupted, false);
    }

    /**
     * @param fromEmbeddings rerun every sub-layer for each patch (to measure what resuming saves)
     * @throws IllegalArgumentException if {@code corrupted} is a run of another model
     */
    public static SweepResult run(InterventionRunner runner, ForwardTrace corrupted, boolean fromEmbeddings) {
        CompiledModel model = runner.model();
        if (corrupted.snapshots().size() != runner.clean().snapshots().size()
                || corrupted.snapshots().get(0)[0].length != model.config().dModel()) {
            throw new IllegalArgumentException("the corrupted run is not a run of this model");
        }
        ForwardTrace clean = runner.clean();
        SOpReadout out = SOpReadout.output(model);
        double[][] cleanLast = last(clean.snapshots());
        double[][] corruptLast = last(corrupted.snapshots());
        int rows = clean.input().size() + 1;
        List<SweepCell> cells = new ArrayList<>();
        for (SweepCell c : components(model)) {
            ResidualRun r = runner.residuals(List.of(Intervention.patch(c.target(), corrupted.input())), fromEmbeddings);
            double[][] patchedLast = last(r.snapshots());
            List<OutputEffect> effects = new ArrayList<>();
            for (int row = 1; row < rows; row++) {
                Value cleanValue = clean.decoded().get(row);
                double before = measure(out, cleanLast[row], cleanLast[row]);
                double delta = measure(out, patchedLast[row], cleanLast[row]) - before;
                double full = row < corruptLast.length ? measure(out, corruptLast[row], cleanLast[row]) - before : Double.NaN;
                // + 0.0 turns the -0.0 of no effect against a negative full effect into 0
                double fraction = Math.abs(full) > RunsToComparison.TOLERANCE ? delta / full + 0.0 : Double.NaN;
                Value patched = r.decoded().get(row);
                effects.add(new OutputEffect(row, cleanValue, patched, RunsToComparison.differ(cleanValue, patched,
                        out.isNumerical()), delta, fraction));
            }
            cells.add(new SweepCell(c.target(), c.layer(), c.kind(), effects));
        }
        return new SweepResult(clean.input(), corrupted.input(), clean.decoded(), corrupted.decoded(), cells);
    }

    /** The clean answer's output direction (categorical) or the value (numerical) in {@code x}. */
    private static double measure(SOpReadout out, double[] x, double[] cleanRow) {
        if (out.isNumerical()) return x[out.columns()[0]];
        return x[out.columns()[out.argmax(cleanRow)]];
    }

    private static double[][] last(List<double[][]> snapshots) {
        return snapshots.get(snapshots.size() - 1);
    }
}
