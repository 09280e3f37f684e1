package org.raspworkbench.core.rasp;

import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

/**
 * The total work one compilation may spend calling the program's functions (to enumerate value
 * sets and to tabulate blocks), in units of one interpreter step, a call costing
 * {@link #CALL_COST} more. Each call is already bounded on its own; this bounds their sum, and
 * {@link #ahead} refuses an enumeration whose estimate cannot fit before it starts. Not shared
 * between threads: one compilation, one budget.
 */
public final class WorkBudget implements WorkMeter {
    /**
     * What a call costs besides its steps. Measured on the project's 2-core machine (load 9), a unit
     * is then 16-20 ns whatever the function: 4 million calls of {@code (x + y) % 3} (5 steps each)
     * took 2 s, 160,000 calls of a 50-iteration loop (360 steps) 1 s.
     */
    public static final long CALL_COST = 20;
    /** About 5 s of calls there, so that {@code check} of any program answers within 10 s. */
    public static final long DEFAULT_UNITS = 250_000_000L;

    private final long limit;
    private long used;
    private SOp charging;

    public WorkBudget(long limit) {
        this.limit = limit;
    }

    public static WorkBudget standard() {
        return new WorkBudget(DEFAULT_UNITS);
    }

    public long used() {
        return used;
    }

    public long limit() {
        return limit;
    }

    /** Work charged from now on is {@code op}'s (its text is where a limit error points). */
    public void workingOn(SOp op) {
        charging = op;
    }

    @Override
    public void charge(long units) {
        used += units;
        if (used > limit && charging != null) {
            throw new RaspException(ErrorKind.LIMIT, "compiling '" + charging.name() + "' took the program's functions"
                    + " past the compile budget of " + limit + " steps (calls count " + CALL_COST + " each); "
                    + "lower max_seq_len or the vocabulary, or simplify the function", charging.range());
        }
    }

    /**
     * Refuses, before it starts, work of {@code calls} calls of about {@code stepsPerCall} steps
     * each for {@code op} when it would not fit in what is left; {@code why} says where the calls
     * come from, in the program's terms.
     */
    public void ahead(SOp op, long calls, long stepsPerCall, String why) {
        refuseIfOver(op, calls, stepsPerCall, "enumerating the values of '" + op.name() + "' needs " + why);
    }

    /** As {@link #ahead}, for tabulating the attention scores of {@code op}'s select, a call per pair. */
    public void aheadTable(SOp op, long calls, long stepsPerCall, String why) {
        refuseIfOver(op, calls, stepsPerCall, "the attention of '" + op.name() + "' tabulates " + why);
    }

    private void refuseIfOver(SOp op, long calls, long stepsPerCall, String what) {
        long each = CALL_COST + stepsPerCall;
        long estimate = calls > Long.MAX_VALUE / each ? Long.MAX_VALUE : calls * each;
        if (estimate > limit - used) {
            throw new RaspException(ErrorKind.LIMIT, what + ": about " + (calls + 1) + " calls of its function at "
                    + stepsPerCall + " steps each, more than the compile budget of " + limit + " steps allows"
                    + " (calls count " + CALL_COST + " steps each" + (used > 0 ? ", " + used + " already spent" : "")
                    + "); lower max_seq_len or the vocabulary, or simplify the function", op.range());
        }
    }
}
