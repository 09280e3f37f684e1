package org.raspworkbench.core.craft;

import org.raspworkbench.core.bases.VectorSpace;

/**
 * A scalar bilinear form {@code x_query^T M x_key} (Tracr's {@code ScalarBilinear}): left is the
 * query space, right the key space.
 */
public record Bilinear(VectorSpace left, VectorSpace right, double[][] matrix) {
}
