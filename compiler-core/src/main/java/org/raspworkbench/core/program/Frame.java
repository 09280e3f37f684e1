package org.raspworkbench.core.program;

/**
 * One activation of a function while the program runs (or the top level). Names given inside a
 * call that has returned may be overridden by the caller's assignment; this is how the runner knows
 * whether the call has returned.
 */
final class Frame {
    static final Frame BUILTIN = new Frame(null);

    /** The frame of the call's caller; null for the top level. */
    private final Frame caller;
    private boolean active = true;

    Frame(Frame caller) {
        this.caller = caller;
    }

    /** Whether this frame called {@code other}, directly or through other calls. */
    boolean isCallerOf(Frame other) {
        for (Frame f = other.caller; f != null; f = f.caller) {
            if (f == this) return true;
        }
        return false;
    }

    boolean active() {
        return active;
    }

    void end() {
        active = false;
    }
}
