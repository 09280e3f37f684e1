package org.raspworkbench.core.export;

/** The few vector operations the reference forward pass needs, on plain arrays. */
final class Linalg {
    private Linalg() {
    }

    /** {@code x W + b} for a row vector x and {@code W[in][out]}; b may be null. */
    static double[] affine(double[] x, double[][] w, double[] b) {
        int out = w.length == 0 ? (b == null ? 0 : b.length) : w[0].length;
        double[] y = b == null ? new double[out] : b.clone();
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            if (xi == 0) continue;
            double[] row = w[i];
            for (int j = 0; j < out; j++) y[j] += xi * row[j];
        }
        return y;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) max = Math.max(max, s);
        double[] e = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            e[i] = Math.exp(scores[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) e[i] /= sum;
        return e;
    }

    static void addInto(double[] acc, double[] v) {
        for (int i = 0; i < acc.length; i++) acc[i] += v[i];
    }

    static void addScaled(double[] acc, double[] v, double s) {
        for (int i = 0; i < acc.length; i++) acc[i] += s * v[i];
    }
}
