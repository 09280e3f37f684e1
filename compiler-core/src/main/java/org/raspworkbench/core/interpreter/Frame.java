package org.raspworkbench.core.interpreter;


import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.CallSite;

/**
 * One activation of a function while the program runs (or the top level). Names given inside a
 * call that has returned may be overridden by the caller's assignment; this is how the runner knows
 * whether the call has returned.
 */
public final class Frame {
    public static final Frame BUILTIN = new Frame(null);

    /** The frame of the call's caller; null for the top level. */
    private final Frame caller;
    /** The call that opened this frame; null for the top level and for plain-value calls. */
    private final CallSite call;
    private boolean active = true;

    Frame(Frame caller) {
        this(caller, null);
    }

    Frame(Frame caller, CallSite call) {
        this.caller = caller;
        this.call = call;
    }

    /** The calls that led here, innermost first. */
    public List<CallSite> calls() {
        List<CallSite> out = new ArrayList<>();
        for (Frame f = this; f != null; f = f.caller) if (f.call != null) out.add(f.call);
        return out;
    }

    /** Whether this frame called {@code other}, directly or through other calls. */
    public boolean isCallerOf(Frame other) {
        for (Frame f = other.caller; f != null; f = f.caller) {
            if (f == this) return true;
        }
        return false;
    }

    public boolean active() {
        return active;
    }

    void end() {
        active = false;
    }
}
