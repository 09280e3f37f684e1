package org.raspworkbench.core.craft;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * The program's functions as the chamber calls them while it tabulates blocks. An arithmetic
 * error drops the entry (Tracr's {@code ignoring_arithmetic_errors}); any other failure of the
 * user's code propagates.
 */
final class UserFunctions {
    private UserFunctions() {
    }

    static Optional<Value> tryApply(RaspFunction fn, Value... args) {
        try {
            return Optional.of(fn.apply(List.of(args)));
        } catch (ArithmeticFailure e) {
            return Optional.empty();
        }
    }

    /** A categorical map on directions: x to {@code name:f(x)}. */
    static Function<BasisDirection, Optional<BasisDirection>> categorical(RaspFunction fn, String name) {
        return d -> tryApply(fn, d.value()).map(v -> new BasisDirection(name, v));
    }

    /** A categorical map applying a two-argument function to the same value twice. */
    static Function<BasisDirection, Optional<BasisDirection>> diagonal(RaspFunction fn, String name) {
        return d -> tryApply(fn, d.value(), d.value()).map(v -> new BasisDirection(name, v));
    }

    /** A map whose images are dropped where Tracr drops them: arithmetic errors and None. */
    static Function<Value, Optional<Value>> dropping(RaspFunction fn) {
        return x -> tryApply(fn, x).filter(v -> !(v instanceof NoneValue));
    }

    /** As {@link #dropping}, but every image must be a number: {@code op} is numerical. */
    static Function<Value, Optional<Value>> numbers(RaspFunction fn, SOp op) {
        return x -> dropping(fn).apply(x).map(v -> requireNumber(v, x, op));
    }

    /** A numerical map of a categorical input, on directions. */
    static Function<BasisDirection, OptionalDouble> toNumber(RaspFunction fn, SOp op) {
        return d -> {
            Optional<Value> v = dropping(fn).apply(d.value());
            return v.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(((NumericValue) requireNumber(v.get(), d.value(), op)).asDouble());
        };
    }

    private static Value requireNumber(Value v, Value input, SOp op) {
        if (v instanceof NumericValue) return v;
        throw new RaspException(ErrorKind.TYPE, "numerical S-op '" + op.name() + "' must hold numbers, but its "
                + "function gives " + v.repr() + " for " + input.repr(), op.range());
    }

    /**
     * The select's predicate as an attention score: Tracr multiplies the coldness by
     * {@code predicate(key, query)}, so a number counts as itself, True as 1 and False as 0.
     */
    static CategoricalAttention.QueryKeyScore score(Select select) {
        if (select.predicate() instanceof Comparison c) {
            return new ComparisonScore(c, (q, k) -> {
                try {
                    return c.test(k.value(), q.value()) ? 1 : 0;
                } catch (IllegalArgumentException e) {
                    throw new RaspException(ErrorKind.TYPE, "select '" + select.name() + "': " + e.getMessage(),
                            select.range());
                }
            });
        }
        RaspFunction fn = ((PredicateFunction) select.predicate()).fn();
        return (q, k) -> {
            Optional<Value> r = tryApply(fn, k.value(), q.value());
            if (r.isEmpty()) return 0;
            Value v = r.get();
            if (v instanceof NumericValue n) return n.asDouble();
            return v.truthy() ? 1 : 0;
        };
    }
}
