package org.raspworkbench.core.craft;

import org.raspworkbench.core.bases.VectorSpace;

/** A linear map between labelled spaces; {@code matrix[i][j]} maps input i to output j. */
public record Linear(VectorSpace input, VectorSpace output, double[][] matrix) {
}
