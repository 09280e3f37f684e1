package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an {@link InternedHead} computes once per content number, with {@link HeadRunner}'s
 * kernels: a query content's projection onto the key columns, a key content's non-zero entries,
 * and a value content's output (its columns, and their non-zero entries). Numbers grow as the
 * readers meet new contents; {@link #reset} forgets them with the readers' numbering.
 */
final class HeadContents {
    private final HeadCircuit head;
    private final ContentReader query;
    private final ContentReader key;
    private final ContentReader value;
    private final boolean f32;
    private final double[] scratch;
    private final int[] allKeys;
    private final int[] outCols;
    private List<double[]> projections;
    private List<int[]> keyNz;
    private List<double[]> keyValue;
    private List<double[]> values;
    private List<int[]> valueNz;
    private List<double[]> valueNzValues;

    HeadContents(HeadCircuit head, ContentReader query, ContentReader key, ContentReader value, double[] scratch,
                 boolean f32) {
        this.head = head;
        this.query = query;
        this.key = key;
        this.value = value;
        this.scratch = scratch;
        this.f32 = f32;
        this.allKeys = new int[head.key().length];
        for (int c = 0; c < allKeys.length; c++) allKeys[c] = c;
        this.outCols = new int[head.output().length];
        for (int m = 0; m < outCols.length; m++) outCols[m] = m;
        reset();
    }

    void reset() {
        projections = new ArrayList<>();
        keyNz = new ArrayList<>();
        keyValue = new ArrayList<>();
        values = new ArrayList<>();
        valueNz = new ArrayList<>();
        valueNzValues = new ArrayList<>();
    }

    /** Query content q's projection onto the key columns. */
    double[] projection(int q) {
        while (projections.size() <= q) projections.add(null);
        double[] pq = projections.get(q);
        if (pq == null) {
            query.fill(q, scratch);
            pq = HeadRunner.project(new double[][]{scratch}, head.query(), head.block().qk().matrix(), allKeys, f32)[0];
            query.clear(scratch);
            projections.set(q, pq);
        }
        return pq;
    }

    /** Makes the non-zero entries of every key content up to {@code k}. */
    void coverKeys(int k) {
        // the common case small enough to inline: the rest made once per content
        if (k >= keyNz.size()) makeKeys(k);
    }

    private void makeKeys(int k) {
        while (keyNz.size() <= k) {
            double[] x = key.vector(keyNz.size());
            int[] nz = nonZero(x);
            keyNz.add(nz);
            keyValue.add(entries(x, nz));
        }
    }

    /** The logit of a query's projection {@code pq} with key content k (covered), as HeadRunner.logit gives it. */
    double logit(double[] pq, int k, double scale) {
        return HeadRunner.logit(pq, keyNz.get(k), keyValue.get(k), scale, f32);
    }

    /** The output columns where value content v's output is not zero, ascending (made when first asked). */
    int[] valueNz(int v) {
        return v < valueNz.size() ? valueNz.get(v) : makeValues(v);
    }

    private int[] makeValues(int v) {
        while (valueNz.size() <= v) {
            value.fill(valueNz.size(), scratch);
            double[] dense = new double[outCols.length];
            MlpRunner.addProduct(scratch, head.value(), head.block().ov(), outCols, dense, f32);
            value.clear(scratch);
            int[] at = nonZero(dense);
            values.add(dense);
            valueNz.add(at);
            valueNzValues.add(entries(dense, at));
        }
        return valueNz.get(v);
    }

    /** Value content v's output at its {@link #valueNz} columns (v asked for there first). */
    double[] valueNzValues(int v) {
        return valueNzValues.get(v);
    }

    /** Value content v's whole output (v asked for by {@link #valueNz} first). */
    double[] value(int v) {
        return values.get(v);
    }

    /** The indices of x's non-zero entries, ascending. */
    private static int[] nonZero(double[] x) {
        int count = 0;
        int[] at = new int[x.length];
        for (int c = 0; c < x.length; c++) {
            if (x[c] != 0) at[count++] = c;
        }
        return Arrays.copyOf(at, count);
    }

    private static double[] entries(double[] x, int[] at) {
        double[] out = new double[at.length];
        for (int j = 0; j < at.length; j++) out[j] = x[at[j]];
        return out;
    }

    long size() {
        long n = (long) projections.size() * head.key().length + 2L * values.size() * outCols.length;
        for (double[] kv : keyValue) n += 2L * kv.length;
        return n;
    }
}
