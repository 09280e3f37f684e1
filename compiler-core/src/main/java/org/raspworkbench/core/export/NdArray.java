package org.raspworkbench.core.export;

import java.util.Arrays;

/** A dense row-major array of doubles with a shape, the unit numpy files hold. */
public record NdArray(int[] shape, double[] data) {
    public NdArray {
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
        }
        data = data.clone();
    }

    public static NdArray of(double[] v) {
        return new NdArray(new int[] {v.length}, v);
    }

    public static NdArray of(double[][] m, int columns) {
        double[] flat = new double[m.length * columns];
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != columns) throw new IllegalArgumentException("ragged matrix at row " + i);
            System.arraycopy(m[i], 0, flat, i * columns, columns);
        }
        return new NdArray(new int[] {m.length, columns}, flat);
    }

    public static NdArray of(double[][][] t, int rows, int columns) {
        double[] flat = new double[t.length * rows * columns];
        int k = 0;
        for (double[][] m : t) {
            if (m.length != rows) throw new IllegalArgumentException("ragged tensor");
            for (double[] r : m) {
                if (r.length != columns) throw new IllegalArgumentException("ragged tensor");
                System.arraycopy(r, 0, flat, k, columns);
                k += columns;
            }
        }
        return new NdArray(new int[] {t.length, rows, columns}, flat);
    }

    public int rank() {
        return shape.length;
    }

    /** The data as a vector; the array must have rank 1. */
    public double[] toVector() {
        requireRank(1);
        return data.clone();
    }

    public double[][] toMatrix() {
        requireRank(2);
        double[][] m = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) System.arraycopy(data, i * shape[1], m[i], 0, shape[1]);
        return m;
    }

    public double[][][] toTensor3() {
        requireRank(3);
        double[][][] t = new double[shape[0]][shape[1]][shape[2]];
        int k = 0;
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                System.arraycopy(data, k, t[i][j], 0, shape[2]);
                k += shape[2];
            }
        }
        return t;
    }

    private void requireRank(int r) {
        if (shape.length != r) {
            throw new IllegalStateException("array of shape " + Arrays.toString(shape) + " is not of rank " + r);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NdArray a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NdArray" + Arrays.toString(shape);
    }
}
