package org.raspworkbench.core.convert;

import java.util.List;
import java.util.stream.Collectors;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * Source text that evaluates to a value, the same in {@code .rasp} and in Python: Python's
 * {@code repr} (the values' own), except for infinities and NaN, which have no literal and are
 * written {@code float("inf")}, {@code float("-inf")}, {@code float("nan")}.
 */
final class ValueLiterals {
    private ValueLiterals() {
    }

    static String of(Value v) {
        if (v instanceof FloatValue f) {
            double d = f.value();
            if (Double.isNaN(d)) return "float(\"nan\")";
            if (Double.isInfinite(d)) return d > 0 ? "float(\"inf\")" : "float(\"-inf\")";
            return f.repr();
        }
        if (v instanceof TupleValue t) {
            if (t.items().size() == 1) return "(" + of(t.items().get(0)) + ",)";
            return joined(t.items(), "(", ")");
        }
        if (v instanceof ListValue l) return joined(l.items(), "[", "]");
        if (v instanceof SetValue s) {
            if (s.items().isEmpty()) throw new IllegalArgumentException("an empty set has no literal in .rasp");
            return joined(List.copyOf(s.items()), "{", "}");
        }
        if (v instanceof DictValue d) {
            return d.entries().entrySet().stream().map(e -> of(e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof HostObject) throw new IllegalArgumentException("a " + v.typeName() + " has no literal");
        return v.repr();
    }

    /** Whether the literal of {@code v} starts with a minus sign (it then binds like a unary minus). */
    static boolean negative(Value v) {
        return of(v).startsWith("-");
    }

    private static String joined(List<Value> items, String open, String close) {
        return items.stream().map(ValueLiterals::of).collect(Collectors.joining(", ", open, close));
    }
}
