package org.raspworkbench.core.model;

/** Why a run of residual directions exists. */
public enum GroupRole {
    /** The value directions of an S-op (for tokens also BOS and PAD). */
    VALUES,
    /** A helper direction a block of the owning S-op writes (a selector width's attention output). */
    SCRATCH,
    /** The constant {@code one} direction. */
    ONE
}
