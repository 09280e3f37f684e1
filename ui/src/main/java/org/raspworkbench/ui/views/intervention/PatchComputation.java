package org.raspworkbench.ui.views.intervention;

/**
 * Computes patched runs and sweeps; slow, called on one background thread at a time, never
 * throwing for a user's mistake (it becomes a message).
 */
public interface PatchComputation {
    PatchOutcome compute(PatchRequest request);

    /** Patches every component from the request's corrupted input into its clean run, one at a time. */
    SweepOutcome sweep(PatchRequest request);
}
