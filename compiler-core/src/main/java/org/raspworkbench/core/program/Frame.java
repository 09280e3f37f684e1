package org.raspworkbench.core.program;

/**
 * One activation of a function while the program runs (or the top level). Names given inside a
 * call that has returned may be overridden by the caller's assignment; this is how the runner knows
 * whether the call has returned.
 */
final class Frame {
    static final Frame BUILTIN = new Frame();

    private boolean active = true;

    boolean active() {
        return active;
    }

    void end() {
        active = false;
    }
}
