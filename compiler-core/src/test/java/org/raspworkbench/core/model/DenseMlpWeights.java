package org.raspworkbench.core.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's dense MLP weights: {@code wIn [d_model, mlp_hidden]}, {@code bIn [mlp_hidden]},
 * {@code wOut [mlp_hidden, d_model]}, {@code bOut [d_model]}. Tracr's biases are always zero (the
 * {@code one} direction plays their part); they are kept so exports have Tracr's parameter set.
 */
public record DenseMlpWeights(INDArray wIn, INDArray bIn, INDArray wOut, INDArray bOut) {
}
