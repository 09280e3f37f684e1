package org.raspworkbench.core.evaluation;

import java.util.Arrays;
import java.util.List;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * The values one aggregate selects at one query, fed in key order, with Python's {@code sum} of them
 * kept as they arrive: exact while all are ints (or bools), float from the first float on. Reused
 * from query to query ({@link #clear()}), so averaging allocates nothing once warm.
 * {@link NodeEvaluation#mean} turns it into the aggregate's value.
 */
final class Mean {
    private Value[] selected = new Value[16];
    private int count;
    private boolean numeric = true;
    private boolean overflow;
    private boolean isFloat;
    private long exact;
    private double total;

    void clear() {
        Arrays.fill(selected, 0, count, null);
        count = 0;
        numeric = true;
        overflow = false;
        isFloat = false;
        exact = 0;
        total = 0;
    }

    void add(Value x) {
        if (count == selected.length) selected = Arrays.copyOf(selected, 2 * count);
        selected[count++] = x;
        // the common types first, without a call through the interface
        if (x instanceof IntValue i && !isFloat) {
            addExact(i.value());
        } else if (x instanceof BoolValue b && !isFloat) {
            addExact(b.value() ? 1 : 0);
        } else if (x instanceof NumericValue n) {
            if (!isFloat && x instanceof FloatValue) {
                isFloat = true;
                total = exact;
            }
            if (isFloat) total += n.asDouble();
            else addExact(n.asLong());
        } else {
            numeric = false;
        }
    }

    private void addExact(long v) {
        long s = exact + v;
        if (((exact ^ s) & (v ^ s)) < 0) overflow = true;
        else if (!overflow) exact = s;
    }

    int count() {
        return count;
    }

    Value first() {
        return selected[0];
    }

    /** The selected values, for messages. */
    List<Value> selected() {
        return Arrays.asList(selected).subList(0, count);
    }

    /** Whether every selected value is a number. */
    boolean numeric() {
        return numeric;
    }

    /** Whether the exact int sum left 64 bits before any float arrived. */
    boolean overflowed() {
        return overflow;
    }

    /** Whether {@link #sum()} is a float (a float was selected). */
    boolean isFloat() {
        return isFloat;
    }

    /**
     * The sum's bits: the exact int, or the float's raw bits. With {@link #isFloat()} and
     * {@link #count()} it determines the mean, so a memo may key on it; only when {@link #numeric()}
     * and not {@link #overflowed()}.
     */
    long sumBits() {
        return isFloat ? Double.doubleToRawLongBits(total) : exact;
    }

    /** Python's {@code sum(selected)}; only when {@link #numeric()} and not {@link #overflowed()}. */
    Value sum() {
        return isFloat ? FloatValue.of(total) : IntValue.of(exact);
    }
}
