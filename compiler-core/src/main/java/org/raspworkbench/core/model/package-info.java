/**
 * The compiled transformer: Tracr's residual space and configuration, the layer allocation, the
 * weights (compact per block for running, dense ND4J arrays for looking at and exporting), and the
 * forward pass that runs {@code [BOS] + input} and records every residual snapshot and attention
 * pattern. Takes the layer allocation of craft blocks; produces a {@link
 * org.raspworkbench.core.model.CompiledModel} and, per input, a {@link
 * org.raspworkbench.core.model.ForwardTrace}.
 */
package org.raspworkbench.core.model;
