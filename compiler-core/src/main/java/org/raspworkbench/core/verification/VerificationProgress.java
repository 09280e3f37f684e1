package org.raspworkbench.core.verification;

/** Told after each batch how far a verification has come; called on the verifying thread. */
@FunctionalInterface
public interface VerificationProgress {
    VerificationProgress NONE = (stage, done, total) -> { };

    /** @param stage what is running ("verifying", or the fix being tried) */
    void advanced(String stage, long done, long total);
}
