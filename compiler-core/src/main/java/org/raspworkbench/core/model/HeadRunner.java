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
            for (int k = 0; k < n; k++) logits[p][k] = logit(q[p], keyNz[k], keyValue[k], scale, f32);
        }
        double[][] weights = softmax(logits, causal, padKey, f32);
        int outWidth = h.output().length;
        double[][] v = new double[n][outWidth];
        int[] outCols = identity(outWidth);
        for (int p = 0; p < n; p++) MlpRunner.addProduct(x[p], h.value(), h.block().ov(), outCols, v[p], f32);
        double[][] out = new double[n][outWidth];
        for (int p = 0; p < n; p++) {
            double[] wp = weights[p];
            for (int k = 0; k < n; k++) accumulate(wp[k], v[k], out[p], f32);
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

    /** One logit: the query's projection at the key's non-zero columns times their entries, summed in column order, over sqrt(key_size). */
    static double logit(double[] q, int[] nz, double[] kv, double scale, boolean f32) {
        double s = 0;
        if (f32) {
            for (int j = 0; j < nz.length; j++) s = (float) (s + (float) (q[nz[j]] * kv[j]));
            return (float) (s / (float) scale);
        }
        for (int j = 0; j < nz.length; j++) s += q[nz[j]] * kv[j];
        return s / scale;
    }

    /** {@code out += w * v}, one key's share of a query's output. */
    static void accumulate(double w, double[] v, double[] out, boolean f32) {
        if (f32) {
            for (int m = 0; m < out.length; m++) out[m] = (float) (out[m] + (float) (w * v[m]));
        } else {
            for (int m = 0; m < out.length; m++) out[m] += w * v[m];
        }
    }

    /**
     * JAX's softmax over keys (max subtracted), after Tracr's mask: keys after the query when causal,
     * and PAD keys always.
     */
    static double[][] softmax(double[][] logits, boolean causal, boolean[] padKey, boolean f32) {
        int n = logits.length;
        double[][] w = new double[n][];
        Exponentials exp = new Exponentials();
        for (int p = 0; p < n; p++) {
            double[] row = logits[p].clone();
            softmaxRow(row, p, causal, padKey, f32, exp);
            w[p] = row;
        }
        return w;
    }

    /** The softmax of query p's logits, in place. */
    static void softmaxRow(double[] row, int p, boolean causal, boolean[] padKey, boolean f32, Exponentials exp) {
        double sum = exponentiate(row, p, causal, padKey, f32, exp);
        for (int k = 0; k < row.length; k++) row[k] = weight(row[k], sum, f32);
    }

    /**
     * The first half of {@link #softmaxRow}: masks query p's logits (padKey null: no PAD), replaces
     * each by {@code exp(logit - max)} and returns their sum; {@link #weight} finishes each entry.
     */
    static double exponentiate(double[] row, int p, boolean causal, boolean[] padKey, boolean f32, Exponentials exp) {
        if (causal) {
            for (int k = p + 1; k < row.length; k++) row[k] = MASKED;
        }
        if (padKey != null) {
            for (int k = 0; k < row.length; k++) {
                if (padKey[k]) row[k] = MASKED;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double r : row) max = Math.max(max, r);
        double sum = 0;
        for (int k = 0; k < row.length; k++) {
            double e = exp.of(f32 ? (float) (row[k] - max) : row[k] - max, f32);
            row[k] = e;
            sum = f32 ? (float) (sum + e) : sum + e;
        }
        return sum;
    }

    /** One attention weight from its exponential and the row's sum. */
    static double weight(double e, double sum, boolean f32) {
        return f32 ? (float) (e / sum) : e / sum;
    }

    /**
     * {@code exp} of the arguments a softmax meets, each computed once: a head's logits take few
     * values (selected, BOS, not selected), so a row, and the rows after it, meet the same few
     * arguments again. Kept by argument bits, so what it gives is {@code Math.exp}'s value itself.
     */
    static final class Exponentials {
        private final long[] args = new long[64];
        private final double[] values = new double[64];
        private final boolean[] single = new boolean[64];

        Exponentials() {
            java.util.Arrays.fill(args, Double.doubleToRawLongBits(Double.NaN));
            java.util.Arrays.fill(values, Double.NaN);
        }

        private long lastArg = Double.doubleToRawLongBits(Double.NaN);
        private double lastValue = Double.NaN;
        private boolean lastSingle;

        double of(double a, boolean f32) {
            long bits = Double.doubleToRawLongBits(a);
            if (bits == lastArg && lastSingle == f32) return lastValue;
            double e = lookUp(a, bits, f32);
            lastArg = bits;
            lastValue = e;
            lastSingle = f32;
            return e;
        }

        private double lookUp(double a, long bits, boolean f32) {
            int i = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) & 63;
            if (args[i] == bits && single[i] == f32) return values[i];
            double e = f32 ? (float) Math.exp(a) : Math.exp(a);
            args[i] = bits;
            values[i] = e;
            single[i] = f32;
            return e;
        }
    }
}
