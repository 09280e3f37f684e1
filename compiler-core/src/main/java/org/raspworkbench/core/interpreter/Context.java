package org.raspworkbench.core.interpreter;


import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;

/**
 * The state of one execution: the program run itself, or one call of a user function on plain
 * values (by map, sequence_map or a select predicate). Each has its own budget, so calls from
 * several threads never share one.
 */
public final class Context {
    final Limits limits;
    /** True inside functions that run on plain values: S-ops must not appear there. */
    public final boolean plain;
    private long steps;
    private int depth;
    public Frame frame;

    private Context(Limits limits, boolean plain, Frame frame) {
        this.limits = limits;
        this.plain = plain;
        this.frame = frame;
    }

    static Context program(Limits limits, Frame top) {
        return new Context(limits, false, top);
    }

    public static Context plain(Limits limits) {
        return new Context(limits, true, new Frame(null));
    }

    void step(SourceRange range) {
        charge(1, range);
    }

    /** Counts {@code n} steps at once: a built-in that walks {@code n} elements. */
    void charge(long n, SourceRange range) {
        steps += n;
        if (steps > (plain ? limits.maxFunctionSteps() : limits.maxSteps())) {
            String what = plain ? "this function ran for more than " + limits.maxFunctionSteps()
                    : "the program ran for more than " + limits.maxSteps();
            throw new RaspException(ErrorKind.LIMIT, what + " steps; does a loop or a recursion never end?", range);
        }
    }

    /** Steps taken so far. */
    long steps() {
        return steps;
    }

    void enter(SourceRange callRange) {
        int max = plain ? limits.maxFunctionDepth() : limits.maxDepth();
        if (++depth > max) {
            depth--;
            throw new RaspException(ErrorKind.LIMIT, "calls are nested more than " + max
                    + " deep; does a recursion never end?", callRange);
        }
    }

    void leave() {
        depth--;
    }
}
