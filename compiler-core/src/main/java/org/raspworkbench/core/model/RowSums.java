package org.raspworkbench.core.model;

/**
 * The softmax sums of an {@link InternedHead}'s classed rows: each row's exponentials looked up by
 * class and added key by key, in the order {@link HeadRunner#exponentiate} adds them.
 */
final class RowSums {
    private RowSums() {
    }

    /**
     * Each classed row's sum of exponentials, key by key as HeadRunner.exponentiate adds them; four
     * rows at a time, so the additions of different rows overlap instead of each waiting for the
     * one before it.
     *
     * @param cls      per row, each key's class
     * @param classExp per row, its classes' exponentials
     * @param classed  which rows to sum (the others are left as they are)
     * @param sums     where the sums go, per row; returned
     * @param rows     scratch of at least n entries
     */
    static double[] of(int[][] cls, double[][] classExp, boolean[] classed, int n, boolean f32, double[] sums,
                       int[] rows) {
        int count = 0;
        for (int p = 0; p < n; p++) {
            if (classed[p]) rows[count++] = p;
        }
        int i = 0;
        for (; i + 3 < count; i += 4) {
            int[] c0 = cls[rows[i]], c1 = cls[rows[i + 1]], c2 = cls[rows[i + 2]], c3 = cls[rows[i + 3]];
            double[] e0 = classExp[rows[i]], e1 = classExp[rows[i + 1]], e2 = classExp[rows[i + 2]], e3 = classExp[rows[i + 3]];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            if (f32) {
                for (int j = 0; j < n; j++) {
                    s0 = (float) (s0 + e0[c0[j]]);
                    s1 = (float) (s1 + e1[c1[j]]);
                    s2 = (float) (s2 + e2[c2[j]]);
                    s3 = (float) (s3 + e3[c3[j]]);
                }
            } else {
                for (int j = 0; j < n; j++) {
                    s0 += e0[c0[j]];
                    s1 += e1[c1[j]];
                    s2 += e2[c2[j]];
                    s3 += e3[c3[j]];
                }
            }
            sums[rows[i]] = s0;
            sums[rows[i + 1]] = s1;
            sums[rows[i + 2]] = s2;
            sums[rows[i + 3]] = s3;
        }
        for (; i < count; i++) {
            int[] c = cls[rows[i]];
            double[] e = classExp[rows[i]];
            double s = 0;
            for (int j = 0; j < n; j++) s = f32 ? (float) (s + e[c[j]]) : s + e[c[j]];
            sums[rows[i]] = s;
        }
        return sums;
    }

}
