package org.raspworkbench.core.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One head's dense weights as Tracr assembles them: {@code wQ}, {@code wK}, {@code wV} are
 * {@code [d_model, key_size]}, {@code wO} is {@code [key_size, d_model]}; an unused head is all zero.
 */
public record HeadWeights(INDArray wQ, INDArray wK, INDArray wV, INDArray wO) {
}
