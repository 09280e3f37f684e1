package org.raspworkbench.core.golden;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/** The bits of Python arithmetic the hand-built golden programs need. */
final class Py {
    private Py() {
    }

    static boolean isFloat(Value a, Value b) {
        return a instanceof FloatValue || b instanceof FloatValue;
    }

    static Value add(Value a, Value b) {
        NumericValue x = (NumericValue) a;
        NumericValue y = (NumericValue) b;
        return isFloat(a, b) ? FloatValue.of(x.asDouble() + y.asDouble()) : IntValue.of(x.asLong() + y.asLong());
    }

    static Value sub(Value a, Value b) {
        NumericValue x = (NumericValue) a;
        NumericValue y = (NumericValue) b;
        return isFloat(a, b) ? FloatValue.of(x.asDouble() - y.asDouble()) : IntValue.of(x.asLong() - y.asLong());
    }

    static Value mul(Value a, Value b) {
        NumericValue x = (NumericValue) a;
        NumericValue y = (NumericValue) b;
        return isFloat(a, b) ? FloatValue.of(x.asDouble() * y.asDouble()) : IntValue.of(x.asLong() * y.asLong());
    }

    static Value div(Value a, Value b) {
        return FloatValue.of(((NumericValue) a).asDouble() / ((NumericValue) b).asDouble());
    }

    static Value bool(boolean b) {
        return BoolValue.of(b);
    }

    static Value i(long v) {
        return IntValue.of(v);
    }

    static boolean lt(Value a, Value b) {
        return Values.compare(a, b).orElseThrow() < 0;
    }

    static List<Value> ints(int... xs) {
        List<Value> out = new ArrayList<>();
        for (int x : xs) out.add(IntValue.of(x));
        return out;
    }

    static List<Value> chars(String s) {
        List<Value> out = new ArrayList<>();
        for (char c : s.toCharArray()) out.add(StrValue.of(String.valueOf(c)));
        return out;
    }

    /** Python's {@code x or y} / {@code x and y} on plain values. */
    static Value or(Value x, Value y) {
        return x.truthy() ? x : y;
    }

    static Value and(Value x, Value y) {
        return x.truthy() ? y : x;
    }
}
