package org.raspworkbench.core.craft;

import org.raspworkbench.core.bases.VectorSpace;

/**
 * A linear map between labelled spaces; {@code matrix()[i][j]} maps input i to output j.
 *
 * <p>Large maps that are mostly zero (a sequence map's second layer at n = 64 has 4096 x 4096
 * entries, 4096 of them non-zero) are kept as their non-zero entries row by row; {@link #matrix()}
 * still gives the dense matrix, made on first request. The forward pass and the weight assembly
 * read such maps through {@link #isSparse()} and {@link #forEachNonZero} instead.
 */
public final class Linear {
    /** Receives one non-zero entry of a map. */
    @FunctionalInterface
    public interface Entry {
        void accept(int row, int column, double value);
    }

    private final VectorSpace input;
    private final VectorSpace output;
    private final int[][] columns;
    private final double[][] values;
    private volatile double[][] dense;

    public Linear(VectorSpace input, VectorSpace output, double[][] matrix) {
        this.input = input;
        this.output = output;
        this.columns = null;
        this.values = null;
        this.dense = matrix;
    }

    private Linear(VectorSpace input, VectorSpace output, int[][] columns, double[][] values) {
        this.input = input;
        this.output = output;
        this.columns = columns;
        this.values = values;
    }

    /** A map given by its entries: row i has {@code values[i][n]} at column {@code columns[i][n]}. */
    static Linear sparse(VectorSpace input, VectorSpace output, int[][] columns, double[][] values) {
        if (columns.length != input.dim() || values.length != input.dim()) {
            throw new IllegalArgumentException("one row of entries per input direction is needed");
        }
        return new Linear(input, output, columns, values);
    }

    public VectorSpace input() {
        return input;
    }

    public VectorSpace output() {
        return output;
    }

    /** Whether the map is kept as entries; then {@link #rowColumns} and {@link #rowValues} read it. */
    public boolean isSparse() {
        return columns != null;
    }

    /** The columns of row {@code i}'s stored entries (a sparse map only; do not modify). */
    public int[] rowColumns(int i) {
        return columns[i];
    }

    /** The values of row {@code i}'s stored entries, parallel to {@link #rowColumns} (do not modify). */
    public double[] rowValues(int i) {
        return values[i];
    }

    /** The dense matrix [input][output]. For a sparse map it is made on the first call. */
    public double[][] matrix() {
        double[][] m = dense;
        if (m == null) {
            m = new double[input.dim()][output.dim()];
            for (int i = 0; i < m.length; i++) {
                for (int n = 0; n < columns[i].length; n++) m[i][columns[i][n]] = values[i][n];
            }
            dense = m;
        }
        return m;
    }

    /** Every entry that is not zero, row by row. */
    public void forEachNonZero(Entry action) {
        if (columns == null) {
            double[][] m = dense;
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    if (m[i][j] != 0) action.accept(i, j, m[i][j]);
                }
            }
            return;
        }
        for (int i = 0; i < columns.length; i++) {
            for (int n = 0; n < columns[i].length; n++) {
                if (values[i][n] != 0) action.accept(i, columns[i][n], values[i][n]);
            }
        }
    }

    @Override
    public String toString() {
        return "Linear[" + input.dim() + " -> " + output.dim() + (isSparse() ? ", sparse]" : "]");
    }
}
