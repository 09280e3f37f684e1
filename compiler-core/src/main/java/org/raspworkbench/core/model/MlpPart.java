package org.raspworkbench.core.model;

import org.raspworkbench.core.craft.Mlp;
import org.raspworkbench.core.rasp.SOp;

/**
 * One S-op's MLP inside a layer's combined MLP: residual columns of its input and output
 * directions, and for each of its hidden units the layer's hidden column. Tracr combines the MLPs of
 * a layer by hidden-direction label, so two parts that name the same hidden direction share one
 * unit (their pre-activations add up) exactly as in Tracr's {@code MLP.combine_in_parallel}.
 */
public record MlpPart(SOp sop, Mlp block, int[] input, int[] hidden, int[] output) {
}
