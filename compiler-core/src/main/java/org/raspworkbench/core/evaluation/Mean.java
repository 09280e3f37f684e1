package org.raspworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.List;
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
    private final List<Value> selected = new ArrayList<>();
    private boolean numeric = true;
    private boolean overflow;
    private boolean isFloat;
    private long exact;
    private double total;

    void clear() {
        selected.clear();
        numeric = true;
        overflow = false;
        isFloat = false;
        exact = 0;
        total = 0;
    }

    void add(Value x) {
        selected.add(x);
        if (!(x instanceof NumericValue n)) {
            numeric = false;
            return;
        }
        if (!isFloat && x instanceof FloatValue) {
            isFloat = true;
            total = exact;
        }
        if (isFloat) {
            total += n.asDouble();
        } else if (!overflow) {
            try {
                exact = Math.addExact(exact, n.asLong());
            } catch (ArithmeticException e) {
                overflow = true;
            }
        }
    }

    int count() {
        return selected.size();
    }

    Value first() {
        return selected.get(0);
    }

    /** The selected values, for messages. */
    List<Value> selected() {
        return selected;
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
