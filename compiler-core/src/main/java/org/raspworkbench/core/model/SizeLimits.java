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
 * @param maxCompileWork  the {@link org.raspworkbench.core.rasp.WorkBudget} of one compilation: steps
 *                        of the program's functions, over all the calls that value sets and blocks need
 */
public record SizeLimits(int maxResidual, int maxHidden, long maxTotalWeights, long maxTraceValues, long maxCompileWork) {
    /** Generous enough for the sort benchmark at n = 64 (d_model about 4400, 4096 hidden units). */
    public static final SizeLimits DEFAULT = new SizeLimits(20_000, 20_000, 400_000_000L, 150_000_000L,
            org.raspworkbench.core.rasp.WorkBudget.DEFAULT_UNITS);

    public SizeLimits(int maxResidual, int maxHidden, long maxTotalWeights, long maxTraceValues) {
        this(maxResidual, maxHidden, maxTotalWeights, maxTraceValues, DEFAULT.maxCompileWork);
    }

    public SizeLimits(int maxResidual, int maxHidden, long maxTotalWeights) {
        this(maxResidual, maxHidden, maxTotalWeights, DEFAULT.maxTraceValues, DEFAULT.maxCompileWork);
    }
}
