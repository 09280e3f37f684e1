package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.ResidualRun;
import org.raspworkbench.core.model.SubLayerHooks;
import org.raspworkbench.core.value.Value;

/**
 * Every slot's activation in the clean run of one input (or their mean over several): each head's
 * output, each MLP part's output and every residual snapshot, per row. This is what patching and
 * mean ablation copy from.
 */
final class Activations {
    /** {@code [layer][head][row][j]} */
    private final double[][][][] heads;
    /** {@code [layer][part][row][j]} */
    private final double[][][][] parts;
    /** {@code [snapshot][row][column]} */
    private final double[][][] snapshots;
    private final int rows;

    private Activations(double[][][][] heads, double[][][][] parts, double[][][] snapshots, int rows) {
        this.heads = heads;
        this.parts = parts;
        this.snapshots = snapshots;
        this.rows = rows;
    }

    /** Residual rows held (the BOS and the input's positions). */
    int rows() {
        return rows;
    }

    /** The slot's activation at {@code row}, a fresh array; null where this run has no such row. */
    double[] read(Slot slot, int row) {
        if (row < 0 || row >= rows) return null;
        if (slot instanceof Slot.HeadOutput h) return heads[h.layer()][h.head()][row].clone();
        if (slot instanceof Slot.MlpOutput m) return parts[m.layer()][m.part()][row].clone();
        Slot.Residual r = (Slot.Residual) slot;
        double[] x = snapshots[r.snapshot()][row];
        double[] out = new double[r.columns().length];
        for (int j = 0; j < out.length; j++) out[j] = x[r.columns()[j]];
        return out;
    }

    /** The clean run of {@code input} (which the caller has checked), with every slot kept. */
    static Activations capture(CompiledModel model, List<Value> input) {
        List<LayerCircuit> layers = model.circuits();
        double[][][][] heads = new double[layers.size()][][][];
        double[][][][] parts = new double[layers.size()][][][];
        for (LayerCircuit l : layers) {
            heads[l.layer()] = new double[l.heads().size()][][];
            parts[l.layer()] = new double[l.mlp().size()][][];
        }
        ResidualRun run = ForwardPass.resume(model, input, null, 0, new SubLayerHooks() {
            @Override
            public double[][] headOutput(int layer, int head, double[][] output) {
                heads[layer][head] = output;
                return output;
            }

            @Override
            public boolean hooksMlp(int layer) {
                return true;
            }

            @Override
            public void mlpPartOutputs(int layer, double[][][] outputs) {
                parts[layer] = outputs;
            }
        });
        return new Activations(heads, parts, run.snapshots().toArray(new double[0][][]), input.size() + 1);
    }

    /**
     * Per row, the mean over the inputs that have that row (rows up to the longest input's); the
     * inputs are checked by the caller and there is at least one.
     */
    static Activations mean(CompiledModel model, List<List<Value>> inputs) {
        int rows = 0;
        for (List<Value> in : inputs) rows = Math.max(rows, in.size() + 1);
        int[] count = new int[rows];
        Activations sum = null;
        for (List<Value> in : inputs) {
            Activations a = capture(model, in);
            for (int r = 0; r < a.rows; r++) count[r]++;
            if (sum == null) {
                sum = zerosLike(a, rows);
            }
            sum.add(a);
        }
        sum.divide(count);
        return sum;
    }

    private static Activations zerosLike(Activations a, int rows) {
        double[][][][] heads = new double[a.heads.length][][][];
        double[][][][] parts = new double[a.parts.length][][][];
        for (int l = 0; l < heads.length; l++) {
            heads[l] = new double[a.heads[l].length][rows][];
            for (int h = 0; h < heads[l].length; h++) {
                for (int r = 0; r < rows; r++) heads[l][h][r] = new double[a.heads[l][h][0].length];
            }
            parts[l] = new double[a.parts[l].length][rows][];
            for (int p = 0; p < parts[l].length; p++) {
                for (int r = 0; r < rows; r++) parts[l][p][r] = new double[a.parts[l][p][0].length];
            }
        }
        double[][][] snapshots = new double[a.snapshots.length][rows][a.snapshots[0][0].length];
        return new Activations(heads, parts, snapshots, rows);
    }

    private void add(Activations a) {
        for (int l = 0; l < heads.length; l++) {
            for (int h = 0; h < heads[l].length; h++) addRows(heads[l][h], a.heads[l][h]);
            for (int p = 0; p < parts[l].length; p++) addRows(parts[l][p], a.parts[l][p]);
        }
        for (int k = 0; k < snapshots.length; k++) addRows(snapshots[k], a.snapshots[k]);
    }

    private static void addRows(double[][] into, double[][] from) {
        for (int r = 0; r < from.length; r++) {
            for (int j = 0; j < from[r].length; j++) into[r][j] += from[r][j];
        }
    }

    private void divide(int[] count) {
        for (double[][][] layer : heads) {
            for (double[][] head : layer) divideRows(head, count);
        }
        for (double[][][] layer : parts) {
            for (double[][] part : layer) divideRows(part, count);
        }
        for (double[][] snapshot : snapshots) divideRows(snapshot, count);
    }

    private static void divideRows(double[][] rows, int[] count) {
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < rows[r].length; j++) rows[r][j] /= count[r];
        }
    }
}
