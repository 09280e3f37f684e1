package org.raspworkbench.core.rasp;

import java.util.Optional;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/** Tracr's Comparison predicates, applied as {@code key OP query}. */
public enum Comparison implements Predicate {
    EQ("=="), NEQ("!="), LT("<"), LEQ("<="), GT(">"), GEQ(">="), TRUE("True"), FALSE("False");

    private final String text;

    Comparison(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }

    /**
     * Python's {@code key OP query}. Throws {@link IllegalArgumentException} when an ordering
     * compares values Python cannot order (the caller turns it into a type error).
     */
    @Override
    public boolean test(Value key, Value query) {
        switch (this) {
            case TRUE: return true;
            case FALSE: return false;
            case EQ: return key.equals(query);
            case NEQ: return !key.equals(query);
            default:
                int r = order(key, query);
                return switch (this) {
                    case LT -> r < 0;
                    case LEQ -> r <= 0;
                    case GT -> r > 0;
                    default -> r >= 0;
                };
        }
    }

    /**
     * {@link Values#compare}, with its numeric case inlined: the compiler calls this for every pair of
     * directions of a head, millions of times for large programs.
     */
    private int order(Value key, Value query) {
        if (key instanceof NumericValue x && query instanceof NumericValue y) {
            if (x instanceof FloatValue || y instanceof FloatValue) {
                return Double.compare(x.asDouble() + 0.0, y.asDouble() + 0.0);
            }
            return Long.compare(x.asLong(), y.asLong());
        }
        Optional<Integer> c = Values.compare(key, query);
        if (c.isEmpty()) {
            throw new IllegalArgumentException("cannot compare " + key.typeName() + " with "
                    + query.typeName() + " using " + text);
        }
        return c.get();
    }
}
