package org.raspworkbench.ui.views.data;

/** How a decoded residual value compares with the value the RASP program gives. */
public enum Verdict {
    /** The residual holds the program's value. */
    MATCH,
    /** The residual holds something else. */
    MISMATCH,
    /** The sub-layer that computes the S-op has not run by this snapshot. */
    NOT_COMPUTED_YET,
    /** The program has no value here (the BOS position, or {@code None}: nothing selected). */
    NOTHING_EXPECTED
}
