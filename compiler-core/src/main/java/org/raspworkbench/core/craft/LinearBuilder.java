package org.raspworkbench.core.craft;

import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;

/**
 * Fills the matrix of a {@link Linear} direction by direction, as Tracr's {@code from_action}
 * does: the row of an input direction is the image of that direction.
 */
final class LinearBuilder {
    private final VectorSpace input;
    private final VectorSpace output;
    private final Map<BasisDirection, Integer> inIndex;
    private final Map<BasisDirection, Integer> outIndex;
    private final double[][] matrix;

    LinearBuilder(VectorSpace input, VectorSpace output) {
        this.input = input;
        this.output = output;
        this.inIndex = input.indexMap();
        this.outIndex = output.indexMap();
        this.matrix = new double[input.dim()][output.dim()];
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
        matrix[row][outputIndex(out)] += amount;
    }

    void add(BasisDirection in, BasisDirection out, double amount) {
        Integer i = inIndex.get(in);
        if (i == null) throw new IllegalArgumentException(in + " is not in the input space");
        add(i, out, amount);
    }

    /** Adds {@code amount} to every output coordinate of input row {@code row}. */
    void addToAll(int row, double amount) {
        double[] r = matrix[row];
        for (int j = 0; j < r.length; j++) r[j] += amount;
    }

    Linear build() {
        return new Linear(input, output, matrix);
    }
}
