package org.raspworkbench.core.testkit;

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
public final class Py {
    private Py() {
    }

    public static boolean isFloat(Value a, Value b) {
        return a instanceof FloatValue || b instanceof FloatValue;
    }

    public static Value add(Value a, Value b) {
        NumericValue x = (NumericValue) a;
        NumericValue y = (NumericValue) b;
        return isFloat(a, b) ? FloatValue.of(x.asDouble() + y.asDouble()) : IntValue.of(x.asLong() + y.asLong());
    }

    public static Value sub(Value a, Value b) {
        NumericValue x = (NumericValue) a;
        NumericValue y = (NumericValue) b;
        return isFloat(a, b) ? FloatValue.of(x.asDouble() - y.asDouble()) : IntValue.of(x.asLong() - y.asLong());
    }

    public static Value mul(Value a, Value b) {
        NumericValue x = (NumericValue) a;
        NumericValue y = (NumericValue) b;
        return isFloat(a, b) ? FloatValue.of(x.asDouble() * y.asDouble()) : IntValue.of(x.asLong() * y.asLong());
    }

    public static Value div(Value a, Value b) {
        return FloatValue.of(((NumericValue) a).asDouble() / ((NumericValue) b).asDouble());
    }

    public static Value bool(boolean b) {
        return BoolValue.of(b);
    }

    public static Value i(long v) {
        return IntValue.of(v);
    }

    public static boolean lt(Value a, Value b) {
        return Values.compare(a, b).orElseThrow() < 0;
    }

    public static List<Value> ints(int... xs) {
        List<Value> out = new ArrayList<>();
        for (int x : xs) out.add(IntValue.of(x));
        return out;
    }

    public static List<Value> chars(String s) {
        List<Value> out = new ArrayList<>();
        for (char c : s.toCharArray()) out.add(StrValue.of(String.valueOf(c)));
        return out;
    }

    /** Python's {@code x or y} / {@code x and y} on plain values. */
    public static Value or(Value x, Value y) {
        return x.truthy() ? x : y;
    }

    public static Value and(Value x, Value y) {
        return x.truthy() ? y : x;
    }
}
