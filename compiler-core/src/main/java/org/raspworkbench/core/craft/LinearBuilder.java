package org.raspworkbench.core.craft;

import java.util.Arrays;
import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;

/**
 * Fills the matrix of a {@link Linear} direction by direction, as Tracr's {@code from_action}
 * does: the row of an input direction is the image of that direction.
 *
 * <p>Rows collect their entries sparsely until they fill up; a large map whose rows all stay
 * sparse is built as a sparse {@link Linear}, so that lookup tables over thousands of values never
 * allocate their mostly-zero dense matrix. The weights are the same either way.
 */
final class LinearBuilder {
    /** Maps with fewer entries than this are always dense: small, and what the tests look at. */
    private static final long SPARSE_FROM_ENTRIES = 1 << 16;
    /** A row holding more than this share of the output's width turns dense. */
    private static final int DENSE_ROW_FRACTION = 8;

    private final VectorSpace input;
    private final VectorSpace output;
    private final Map<BasisDirection, Integer> inIndex;
    private final Map<BasisDirection, Integer> outIndex;
    private final int[][] columns;
    private final double[][] values;
    private final int[] counts;
    private final double[][] denseRows;
    private final int maxSparseRow;

    LinearBuilder(VectorSpace input, VectorSpace output) {
        this.input = input;
        this.output = output;
        this.inIndex = input.indexMap();
        this.outIndex = output.indexMap();
        int rows = input.dim();
        this.columns = new int[rows][];
        this.values = new double[rows][];
        this.counts = new int[rows];
        this.denseRows = new double[rows][];
        this.maxSparseRow = Math.max(4, output.dim() / DENSE_ROW_FRACTION);
    }

    VectorSpace input() {
        return input;
    }

    VectorSpace output() {
        return output;
    }

    boolean outputHas(BasisDirection d) {
        return outIndex.containsKey(d);
    }

    int outputIndex(BasisDirection d) {
        Integer j = outIndex.get(d);
        if (j == null) throw new IllegalArgumentException(d + " is not in the output space");
        return j;
    }

    /** Adds {@code amount} to the image of input direction {@code row} along output direction {@code out}. */
    void add(int row, BasisDirection out, double amount) {
        add(row, outputIndex(out), amount);
    }

    void add(BasisDirection in, BasisDirection out, double amount) {
        Integer i = inIndex.get(in);
        if (i == null) throw new IllegalArgumentException(in + " is not in the input space");
        add(i, out, amount);
    }

    /** Adds {@code amount} at input row {@code row}, output column {@code col}. */
    void add(int row, int col, double amount) {
        if (denseRows[row] != null) {
            denseRows[row][col] += amount;
            return;
        }
        int n = counts[row];
        int[] cols = columns[row];
        for (int k = 0; k < n; k++) {
            if (cols[k] == col) {
                values[row][k] += amount;
                return;
            }
        }
        if (n == maxSparseRow) {
            double[] dense = new double[output.dim()];
            for (int k = 0; k < n; k++) dense[cols[k]] = values[row][k];
            denseRows[row] = dense;
            columns[row] = null;
            values[row] = null;
            dense[col] += amount;
            return;
        }
        if (cols == null || n == cols.length) {
            int size = cols == null ? 2 : Math.min(maxSparseRow, cols.length * 2);
            columns[row] = cols = cols == null ? new int[size] : Arrays.copyOf(cols, size);
            values[row] = values[row] == null ? new double[size] : Arrays.copyOf(values[row], size);
        }
        cols[n] = col;
        // 0.0 + amount, as a dense matrix starting at zero would hold (a -0.0 becomes 0.0)
        values[row][n] = 0.0 + amount;
        counts[row] = n + 1;
    }

    Linear build() {
        boolean anyDenseRow = false;
        for (double[] r : denseRows) anyDenseRow |= r != null;
        long entries = (long) input.dim() * output.dim();
        if (!anyDenseRow && entries >= SPARSE_FROM_ENTRIES) {
            int[][] cols = new int[input.dim()][];
            double[][] vals = new double[input.dim()][];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = columns[i] == null ? new int[0] : Arrays.copyOf(columns[i], counts[i]);
                vals[i] = values[i] == null ? new double[0] : Arrays.copyOf(values[i], counts[i]);
            }
            return Linear.sparse(input, output, cols, vals);
        }
        double[][] matrix = new double[input.dim()][];
        for (int i = 0; i < matrix.length; i++) {
            if (denseRows[i] != null) {
                matrix[i] = denseRows[i];
                continue;
            }
            matrix[i] = new double[output.dim()];
            for (int k = 0; k < counts[i]; k++) matrix[i][columns[i][k]] = values[i][k];
        }
        return new Linear(input, output, matrix);
    }
}
