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
import org.raspworkbench.core.rasp.WorkBudget;
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
    static CategoricalAttention.QueryKeyScore score(Select select, SOp op, BlockContext ctx) {
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
        RaspFunction fn = ctx.metered(((PredicateFunction) select.predicate()).fn());
        checkAhead(select, op, ctx);
        return (q, k) -> {
            Optional<Value> r = tryApply(fn, k.value(), q.value());
            if (r.isEmpty()) return 0;
            Value v = r.get();
            if (v instanceof NumericValue n) return n.asDouble();
            return v.truthy() ? 1 : 0;
        };
    }

    /** Tabulations with fewer predicate calls start without an estimate of their cost. */
    private static final long SMALL_TABLE = 10_000;

    /**
     * A predicate written as a function is called once per (query, key) pair: refuses the table
     * before it is built when that many calls of what the first one costs would not fit in the budget.
     */
    private static void checkAhead(Select select, SOp op, BlockContext ctx) {
        List<Value> queries = ctx.valueSetOf().apply(select.queries());
        List<Value> keys = ctx.valueSetOf().apply(select.keys());
        long calls = (long) queries.size() * keys.size();
        if (calls <= SMALL_TABLE) return;
        WorkBudget budget = ctx.budget();
        long before = budget.used();
        tryApply(ctx.metered(((PredicateFunction) select.predicate()).fn()), keys.get(0), queries.get(0));
        long steps = Math.max(1, budget.used() - before - WorkBudget.CALL_COST);
        budget.aheadTable(op, calls - 1, steps, "select '" + select.name() + "' (" + queries.size() + " values of '"
                + select.queries().name() + "' x " + keys.size() + " of '" + select.keys().name() + "')");
    }
}
