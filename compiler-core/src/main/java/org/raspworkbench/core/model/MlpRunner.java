package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.craft.Linear;

/**
 * Runs a layer's combined MLP on the residual stream: ReLU of the hidden pre-activations (parts
 * that share a hidden direction add into one unit, as in Tracr), then each part's second layer.
 * Only the columns the parts touch are read and written; zero inputs and inactive units are skipped.
 */
final class MlpRunner {
    private MlpRunner() {
    }

    /** Adds the MLP's output to {@code x}; each position's hidden units are computed before it changes. */
    static void run(LayerCircuit layer, double[][] x) {
        run(layer, x, false);
    }

    /** @param f32 round every weight, product and sum to float32 */
    static void run(LayerCircuit layer, double[][] x, boolean f32) {
        int units = layer.hiddenUnits().size();
        if (units == 0) return;
        List<MlpPart> parts = layer.mlp();
        int[] hiddenBase = new int[parts.size()];
        int[] outputBase = new int[parts.size()];
        for (int i = 0; i < hiddenBase.length; i++) {
            hiddenBase[i] = contiguousFrom(parts.get(i).hidden());
            outputBase[i] = contiguousFrom(parts.get(i).output());
        }
        double[] hidden = new double[units];
        for (int p = 0; p < x.length; p++) {
            java.util.Arrays.fill(hidden, 0);
            for (int i = 0; i < hiddenBase.length; i++) {
                MlpPart part = parts.get(i);
                addProduct(x[p], part.input(), part.block().first(), part.hidden(), hiddenBase[i], hidden, f32);
            }
            for (int u = 0; u < units; u++) {
                if (hidden[u] < 0) hidden[u] = 0;
            }
            for (int i = 0; i < outputBase.length; i++) {
                MlpPart part = parts.get(i);
                addProduct(hidden, part.hidden(), part.block().second(), part.output(), outputBase[i], x[p], f32);
            }
        }
    }

    /**
     * What each part of the layer's MLP adds to the residual, {@code [part][row][j]} for the part's
     * output columns, without adding it: the sums {@link #run} makes, each started from zero, so
     * adding them to columns that hold zero (as an S-op's do before its MLP writes them) gives
     * {@link #run}'s bits.
     */
    static double[][][] partOutputs(LayerCircuit layer, double[][] x) {
        List<MlpPart> parts = layer.mlp();
        double[][][] out = new double[parts.size()][x.length][];
        for (int i = 0; i < parts.size(); i++) {
            for (int p = 0; p < x.length; p++) out[i][p] = new double[parts.get(i).output().length];
        }
        int units = layer.hiddenUnits().size();
        if (units == 0) return out;
        int[] hiddenBase = new int[parts.size()];
        for (int i = 0; i < hiddenBase.length; i++) hiddenBase[i] = contiguousFrom(parts.get(i).hidden());
        double[] hidden = new double[units];
        for (int p = 0; p < x.length; p++) {
            java.util.Arrays.fill(hidden, 0);
            for (int i = 0; i < hiddenBase.length; i++) {
                MlpPart part = parts.get(i);
                addProduct(x[p], part.input(), part.block().first(), part.hidden(), hiddenBase[i], hidden, false);
            }
            for (int u = 0; u < units; u++) {
                if (hidden[u] < 0) hidden[u] = 0;
            }
            for (int i = 0; i < parts.size(); i++) {
                MlpPart part = parts.get(i);
                addProduct(hidden, part.hidden(), part.block().second(), part.output(), 0, out[i][p], false);
            }
        }
        return out;
    }

    /** Adds {@link #partOutputs} (possibly changed) into the residual at each part's output columns. */
    static void addParts(LayerCircuit layer, double[][] x, double[][][] outputs) {
        List<MlpPart> parts = layer.mlp();
        for (int i = 0; i < parts.size(); i++) {
            int[] cols = parts.get(i).output();
            for (int p = 0; p < x.length; p++) {
                for (int j = 0; j < cols.length; j++) x[p][cols[j]] += outputs[i][p][j];
            }
        }
    }

    /** The first column when {@code cols} are consecutive (so a loop can index directly), else -1. */
    static int contiguousFrom(int[] cols) {
        for (int i = 1; i < cols.length; i++) {
            if (cols[i] != cols[0] + i) return -1;
        }
        return cols.length == 0 ? -1 : cols[0];
    }

    static void addProduct(double[] from, int[] inCols, Linear m, int[] outCols, double[] to, boolean f32) {
        addProduct(from, inCols, m, outCols, -1, to, f32);
    }

    /**
     * {@code to[outCols] += from[inCols] @ m}, skipping zero entries of {@code from}; a sparse map is
     * read by its entries.
     */
    static void addProduct(double[] from, int[] inCols, Linear m, int[] outCols, int outBase, double[] to,
                           boolean f32) {
        if (f32) {
            addProductF32(from, inCols, m, outCols, to);
            return;
        }
        for (int a = 0; a < inCols.length; a++) {
            double xv = from[inCols[a]];
            if (xv == 0) continue;
            if (m.isSparse()) {
                int[] cols = m.rowColumns(a);
                double[] vals = m.rowValues(a);
                if (outBase >= 0) {
                    for (int n = 0; n < cols.length; n++) to[outBase + cols[n]] += xv * vals[n];
                } else {
                    for (int n = 0; n < cols.length; n++) to[outCols[cols[n]]] += xv * vals[n];
                }
            } else if (outBase >= 0) {
                double[] row = m.matrix()[a];
                for (int b = 0; b < row.length; b++) to[outBase + b] += xv * row[b];
            } else {
                double[] row = m.matrix()[a];
                for (int b = 0; b < outCols.length; b++) to[outCols[b]] += xv * row[b];
            }
        }
    }

    /** {@link #addProduct} with each weight, product and sum rounded to float32. */
    private static void addProductF32(double[] from, int[] inCols, Linear m, int[] outCols, double[] to) {
        for (int a = 0; a < inCols.length; a++) {
            double xv = from[inCols[a]];
            if (xv == 0) continue;
            if (m.isSparse()) {
                int[] cols = m.rowColumns(a);
                double[] vals = m.rowValues(a);
                for (int n = 0; n < cols.length; n++) {
                    to[outCols[cols[n]]] = (float) (to[outCols[cols[n]]] + (float) (xv * (float) vals[n]));
                }
            } else {
                double[] row = m.matrix()[a];
                for (int b = 0; b < outCols.length; b++) to[outCols[b]] = (float) (to[outCols[b]] + (float) (xv * (float) row[b]));
            }
        }
    }
}
