package org.raspworkbench.core.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Python's ordering of values, and the order in which value sets and bases are listed. */
public final class Values {
    private Values() {
    }

    /**
     * Python's {@code a < b} three-way: numbers with numbers, str with str, tuples and lists
     * element by element. Empty when Python would raise a TypeError.
     */
    public static Optional<Integer> compare(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (x instanceof FloatValue || y instanceof FloatValue) {
                return Optional.of(Double.compare(x.asDouble() + 0.0, y.asDouble() + 0.0));
            }
            return Optional.of(Long.compare(x.asLong(), y.asLong()));
        }
        if (a instanceof StrValue x && b instanceof StrValue y) {
            return Optional.of(Integer.signum(x.value().compareTo(y.value())));
        }
        if (a instanceof TupleValue x && b instanceof TupleValue y) return compareSeq(x.items(), y.items());
        if (a instanceof ListValue x && b instanceof ListValue y) return compareSeq(x.items(), y.items());
        return Optional.empty();
    }

    private static Optional<Integer> compareSeq(List<Value> a, List<Value> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).equals(b.get(i))) continue;
            return compare(a.get(i), b.get(i));
        }
        return Optional.of(Integer.compare(a.size(), b.size()));
    }

    /**
     * A total order for listing value sets: Python's order where values are comparable, and
     * otherwise by type name and then {@code str()}, so that {@code [1, 2, 'BOS']} always lists alike.
     */
    public static final Comparator<Value> DISPLAY_ORDER = (a, b) -> {
        Optional<Integer> c = compare(a, b);
        if (c.isPresent()) return c.get();
        int byType = rank(a) - rank(b);
        if (byType != 0) return byType;
        return a.str().compareTo(b.str());
    };

    private static int rank(Value v) {
        if (v instanceof NumericValue) return 0;
        if (v instanceof StrValue) return 1;
        if (v instanceof TupleValue) return 2;
        if (v instanceof NoneValue) return 3;
        return 4;
    }

    /** Distinct values (Python equality) in display order. */
    public static List<Value> sortedDistinct(Collection<? extends Value> values) {
        List<Value> out = new ArrayList<>(new LinkedHashSet<>(values));
        out.sort(DISPLAY_ORDER);
        return out;
    }
}
