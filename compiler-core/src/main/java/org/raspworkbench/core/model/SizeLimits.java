package org.raspworkbench.core.model;

/**
 * How large a model the compiler agrees to build. Checked before any block or weight is allocated;
 * a model past a limit is a {@code limit} error.
 *
 * @param maxResidual     residual width ({@code d_model}); also bounds any one categorical value set
 * @param maxHidden       MLP hidden units in one layer
 * @param maxTotalWeights parameters of the dense model Tracr would assemble (and, before that, the
 *                        entries of all craft blocks)
 * @param maxTraceValues  numbers one forward trace holds at the longest input: {@code d_model *
 *                        (max_seq_len + 1) * (2 * layers + 1)} residual values
 */
public record SizeLimits(int maxResidual, int maxHidden, long maxTotalWeights, long maxTraceValues) {
    /** Generous enough for the sort benchmark at n = 64 (d_model about 4400, 4096 hidden units). */
    public static final SizeLimits DEFAULT = new SizeLimits(20_000, 20_000, 400_000_000L, 150_000_000L);

    public SizeLimits(int maxResidual, int maxHidden, long maxTotalWeights) {
        this(maxResidual, maxHidden, maxTotalWeights, DEFAULT.maxTraceValues);
    }
}
