package org.raspworkbench.core.verification;

import java.util.OptionalInt;
import org.raspworkbench.core.model.Precision;

/**
 * What to verify and how.
 *
 * @param minLength  shortest input (empty: 1)
 * @param maxLength  longest input (empty: the program's {@code max_seq_len})
 * @param maxInputs  every input is checked when there are at most this many; otherwise a sample
 * @param samples    how many random inputs a sample holds (boundary cases come on top)
 * @param seed       the sample's random seed
 * @param tolerance  a numerical value agrees within this, relative above 1 (as the golden comparison)
 * @param searchFixes whether to recompile with other settings to find a fix for each cause
 * @param precision  what the model computes in (float64 as {@code rasp trace}; float32 as JAX by default)
 */
public record VerificationOptions(OptionalInt minLength, OptionalInt maxLength, long maxInputs, int samples,
                                  long seed, double tolerance, boolean searchFixes, Precision precision) {
    public static final long DEFAULT_MAX_INPUTS = 1_000_000;
    public static final int DEFAULT_SAMPLES = 20_000;
    public static final double DEFAULT_TOLERANCE = 1e-3;

    public static VerificationOptions defaults() {
        return new VerificationOptions(OptionalInt.empty(), OptionalInt.empty(), DEFAULT_MAX_INPUTS, DEFAULT_SAMPLES,
                0, DEFAULT_TOLERANCE, true, Precision.FLOAT64);
    }

    public VerificationOptions withLengths(int min, int max) {
        return new VerificationOptions(OptionalInt.of(min), OptionalInt.of(max), maxInputs, samples, seed, tolerance,
                searchFixes, precision);
    }

    public VerificationOptions withSampling(long maxInputs, int samples, long seed) {
        return new VerificationOptions(minLength, maxLength, maxInputs, samples, seed, tolerance, searchFixes, precision);
    }

    public VerificationOptions withoutFixes() {
        return new VerificationOptions(minLength, maxLength, maxInputs, samples, seed, tolerance, false, precision);
    }

    public VerificationOptions withPrecision(Precision p) {
        return new VerificationOptions(minLength, maxLength, maxInputs, samples, seed, tolerance, searchFixes, p);
    }
}
