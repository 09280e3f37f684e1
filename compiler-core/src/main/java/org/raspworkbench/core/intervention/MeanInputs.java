package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.verification.VerificationOptions;
import org.raspworkbench.core.verification.Verifier;

/**
 * The inputs a mean ablation averages over, drawn by the verifier's own sampler: every input of
 * the length when there are at most {@code count}, else its boundary cases and a seeded sample.
 * One length, as a TransformerLens batch has, so that every row's mean is over the same inputs.
 */
public final class MeanInputs {
    /** How many inputs a mean takes unless asked otherwise: enough for means to two digits. */
    public static final int DEFAULT_COUNT = 256;

    private MeanInputs() {
    }

    /** @throws IllegalArgumentException if {@code length} is not 1..max_seq_len or the vocabulary is empty */
    public static List<List<Value>> sample(CompiledModel model, int length, int count, long seed) {
        VerificationOptions options = VerificationOptions.defaults().withLengths(length, length)
                .withSampling(count, count, seed);
        return Verifier.inputs(model.program().settings(), options, count);
    }

    /** {@link #DEFAULT_COUNT} inputs of the clean input's length, seed 0. */
    public static InterventionAction.Mean over(CompiledModel model, int length) {
        return new InterventionAction.Mean(sample(model, length, DEFAULT_COUNT, 0));
    }
}
