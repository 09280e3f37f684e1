package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.model.SubLayerHooks;

/**
 * Applies resolved interventions during a resumed forward pass: each one sets its slot at its rows,
 * in the list's order (a later one wins where two cover the same row of the same slot).
 */
final class InterventionHooks implements SubLayerHooks {
    /** One slot of one intervention: which rows it sets and to what. */
    record Applied(Slot slot, int[] rows, RowValues values) {
    }

    private final List<Applied> applied;

    InterventionHooks(List<Applied> applied) {
        this.applied = List.copyOf(applied);
    }

    /** The first snapshot any of them changes: where the pass resumes. */
    int resumeAt(int snapshots) {
        int at = snapshots - 1;
        for (Applied a : applied) at = Math.min(at, a.slot().resumeAt());
        return at;
    }

    @Override
    public double[][] headOutput(int layer, int head, double[][] output) {
        for (Applied a : applied) {
            if (a.slot() instanceof Slot.HeadOutput h && h.layer() == layer && h.head() == head) set(output, a);
        }
        return output;
    }

    @Override
    public boolean hooksMlp(int layer) {
        for (Applied a : applied) {
            if (a.slot() instanceof Slot.MlpOutput m && m.layer() == layer) return true;
        }
        return false;
    }

    @Override
    public void mlpPartOutputs(int layer, double[][][] outputs) {
        for (Applied a : applied) {
            if (a.slot() instanceof Slot.MlpOutput m && m.layer() == layer) set(outputs[m.part()], a);
        }
    }

    @Override
    public void residual(int snapshot, double[][] x) {
        for (Applied a : applied) {
            if (!(a.slot() instanceof Slot.Residual r) || r.snapshot() != snapshot) continue;
            int[] cols = r.columns();
            for (int row : a.rows()) {
                double[] v = a.values().at(row);
                if (v == null) continue;
                for (int j = 0; j < cols.length; j++) x[row][cols[j]] = v[j];
            }
        }
    }

    private static void set(double[][] rows, Applied a) {
        for (int row : a.rows()) {
            double[] v = a.values().at(row);
            if (v != null) rows[row] = v;
        }
    }
}
