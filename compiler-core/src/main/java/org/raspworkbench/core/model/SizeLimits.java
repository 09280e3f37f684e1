package org.raspworkbench.core.model;

/**
 * How large a model the compiler agrees to build. Checked from the configuration alone, before any
 * weight is allocated; a model past a limit is a {@code limit} error.
 *
 * @param maxResidual     residual width ({@code d_model})
 * @param maxHidden       MLP hidden units in one layer
 * @param maxTotalWeights parameters of the dense model Tracr would assemble
 */
public record SizeLimits(int maxResidual, int maxHidden, long maxTotalWeights) {
    /** Generous enough for the sort benchmark at n = 64 (d_model about 4400). */
    public static final SizeLimits DEFAULT = new SizeLimits(20_000, 20_000, 400_000_000L);
}
