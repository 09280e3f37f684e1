package org.raspworkbench.core.model;

/**
 * Runs one attention head on the residual stream using only the columns its spaces touch: the
 * same sums Tracr's dense {@code W_Q}, {@code W_K}, {@code W_V}, {@code W_O} compute, minus the
 * zeros. Residual entries that are exactly zero are skipped, which is what makes the large
 * one-hot spaces of big programs cheap, and the queries are projected only onto the key columns
 * the input's keys use (docs/decisions/0055).
 */
final class HeadRunner {
    /** What {@code jnp.where(mask, logits, -1e30)} puts where the causal or the PAD mask hides a key. */
    static final double MASKED = -1e30;

    private HeadRunner() {
    }

    /** The head's attention weights [query][key] and what it writes to its output columns. */
    record Result(double[][] weights, double[][] output) {
    }

    /** @param padKey per position, whether it holds the PAD token (then no query attends to it) */
    static Result run(HeadCircuit h, double[][] x, int keySize, boolean causal, boolean[] padKey) {
        return run(h, x, keySize, causal, padKey, false);
    }

    /**
     * @param f32 round every weight, product and sum to float32 (what float32 JAX computes, up to
     *            the order of the sums)
     */
    static Result run(HeadCircuit h, double[][] x, int keySize, boolean causal, boolean[] padKey, boolean f32) {
        int n = x.length;
        int[] key = h.key();
        // each key row's non-zero entries, as indices into the head's key columns, ascending
        int[][] keyNz = new int[n][];
        double[][] keyValue = new double[n][];
        boolean[] used = new boolean[key.length];
        int[] scratch = new int[key.length];
        for (int k = 0; k < n; k++) {
            double[] xk = x[k];
            int count = 0;
            for (int c = 0; c < key.length; c++) {
                if (xk[key[c]] != 0) scratch[count++] = c;
            }
            keyNz[k] = java.util.Arrays.copyOf(scratch, count);
            keyValue[k] = new double[count];
            for (int j = 0; j < count; j++) {
                keyValue[k][j] = xk[key[scratch[j]]];
                used[scratch[j]] = true;
            }
        }
        // x[:, query] @ qk only at the key columns some key row of this input is non-zero in (no
        // logit reads the others), each entry summed in the same order as the full product; q holds
        // them compactly, slot[c] being where column c went
        int[] at = new int[key.length];
        int[] slot = new int[key.length];
        int width = 0;
        for (int c = 0; c < key.length; c++) {
            if (used[c]) {
                slot[c] = width;
                at[width++] = c;
            }
        }
        for (int[] nz : keyNz) {
            for (int j = 0; j < nz.length; j++) nz[j] = slot[nz[j]];
        }
        double[][] q = project(x, h.query(), h.block().qk().matrix(), java.util.Arrays.copyOf(at, width), f32);
        double[][] logits = new double[n][n];
        double scale = Math.sqrt(keySize);
        for (int p = 0; p < n; p++) {
            double[] qp = q[p];
            for (int k = 0; k < n; k++) {
                int[] nz = keyNz[k];
                double[] kv = keyValue[k];
                double s = 0;
                if (f32) {
                    for (int j = 0; j < nz.length; j++) s = (float) (s + (float) (qp[nz[j]] * kv[j]));
                    logits[p][k] = (float) (s / (float) scale);
                } else {
                    for (int j = 0; j < nz.length; j++) s += qp[nz[j]] * kv[j];
                    logits[p][k] = s / scale;
                }
            }
        }
        double[][] weights = softmax(logits, causal, padKey, f32);
        int outWidth = h.output().length;
        double[][] v = new double[n][outWidth];
        int[] outCols = identity(outWidth);
        for (int p = 0; p < n; p++) MlpRunner.addProduct(x[p], h.value(), h.block().ov(), outCols, v[p], f32);
        double[][] out = new double[n][outWidth];
        for (int p = 0; p < n; p++) {
            double[] wp = weights[p];
            double[] op = out[p];
            for (int k = 0; k < n; k++) {
                double w = wp[k];
                double[] vk = v[k];
                if (f32) {
                    for (int m = 0; m < outWidth; m++) op[m] = (float) (op[m] + (float) (w * vk[m]));
                } else {
                    for (int m = 0; m < outWidth; m++) op[m] += w * vk[m];
                }
            }
        }
        return new Result(weights, out);
    }

    /** Adds a head's output into the residual stream at its output columns. */
    static void addTo(double[][] x, HeadCircuit h, double[][] out) {
        addTo(x, h, out, false);
    }

    static void addTo(double[][] x, HeadCircuit h, double[][] out, boolean f32) {
        int[] cols = h.output();
        for (int p = 0; p < x.length; p++) {
            for (int m = 0; m < cols.length; m++) {
                x[p][cols[m]] = f32 ? (float) (x[p][cols[m]] + out[p][m]) : x[p][cols[m]] + out[p][m];
            }
        }
    }

    /** The pattern of a head with zero weights (an unused head slot): uniform over visible keys. */
    static double[][] idle(int n, boolean causal, boolean[] padKey) {
        return softmax(new double[n][n], causal, padKey, false);
    }

    /**
     * {@code (x[:, cols] @ m)[:, at]}, skipping zero entries of x: entry {@code [p][j]} sums over
     * {@code cols} in order, as the full product's entry {@code [p][at[j]]} does.
     */
    static double[][] project(double[][] x, int[] cols, double[][] m, int[] at, boolean f32) {
        double[][] out = new double[x.length][at.length];
        for (int p = 0; p < x.length; p++) {
            double[] xp = x[p];
            double[] op = out[p];
            for (int a = 0; a < cols.length; a++) {
                double xv = xp[cols[a]];
                if (xv == 0) continue;
                double[] row = m[a];
                if (f32) {
                    for (int j = 0; j < at.length; j++) op[j] = (float) (op[j] + (float) (xv * (float) row[at[j]]));
                } else {
                    for (int j = 0; j < at.length; j++) op[j] += xv * row[at[j]];
                }
            }
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    /**
     * JAX's softmax over keys (max subtracted), after Tracr's mask: keys after the query when causal,
     * and PAD keys always.
     */
    static double[][] softmax(double[][] logits, boolean causal, boolean[] padKey, boolean f32) {
        int n = logits.length;
        double[][] w = new double[n][];
        for (int p = 0; p < n; p++) {
            double[] row = logits[p].clone();
            if (causal) {
                for (int k = p + 1; k < row.length; k++) row[k] = MASKED;
            }
            for (int k = 0; k < row.length; k++) {
                if (padKey[k]) row[k] = MASKED;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double r : row) max = Math.max(max, r);
            double sum = 0;
            for (int k = 0; k < row.length; k++) {
                row[k] = f32 ? (float) Math.exp((float) (row[k] - max)) : Math.exp(row[k] - max);
                sum = f32 ? (float) (sum + row[k]) : sum + row[k];
            }
            for (int k = 0; k < row.length; k++) row[k] = f32 ? (float) (row[k] / sum) : row[k] / sum;
            w[p] = row;
        }
        return w;
    }
}
