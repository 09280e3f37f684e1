package org.raspworkbench.core.model;

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
        for (int p = 0; p < x.length; p++) {
            double[] hidden = new double[units];
            for (MlpPart part : layer.mlp()) addProduct(x[p], part.input(), part.block().first(), part.hidden(), hidden, f32);
            for (int u = 0; u < units; u++) {
                if (hidden[u] < 0) hidden[u] = 0;
            }
            for (MlpPart part : layer.mlp()) addProduct(hidden, part.hidden(), part.block().second(), part.output(), x[p], f32);
        }
    }

    /**
     * {@code to[outCols] += from[inCols] @ m}, skipping zero entries of {@code from}; a sparse map is
     * read by its entries.
     */
    static void addProduct(double[] from, int[] inCols, Linear m, int[] outCols, double[] to, boolean f32) {
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
                for (int n = 0; n < cols.length; n++) to[outCols[cols[n]]] += xv * vals[n];
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
