package org.raspworkbench.ui.figures;

/** Copies and checks of the rectangular arrays figures hold, so a record cannot change under a drawing. */
final class Arrays2 {
    private Arrays2() {
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    static void requireShape(double[][] a, int rows, int cols, String what) {
        if (a.length != rows) {
            throw new IllegalArgumentException(what + " has " + a.length + " rows, expected " + rows);
        }
        for (double[] row : a) {
            if (row.length != cols) {
                throw new IllegalArgumentException(what + " has a row of " + row.length + " values, expected " + cols);
            }
        }
    }
}
