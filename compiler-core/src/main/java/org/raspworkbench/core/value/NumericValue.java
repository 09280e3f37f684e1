package org.raspworkbench.core.value;

/** bool, int and float: compared and hashed by numeric value, as Python does. */
public sealed interface NumericValue extends Value permits IntValue, FloatValue, BoolValue {
    double asDouble();

    /** True when the value is a whole number (every int and bool, and floats like 2.0). */
    boolean isIntegral();

    /** The value as a long; only meaningful when {@link #isIntegral()}. */
    long asLong();

    static boolean numericEquals(NumericValue a, Object o) {
        if (!(o instanceof NumericValue b)) return false;
        if (a instanceof FloatValue || b instanceof FloatValue) return a.asDouble() == b.asDouble();
        return a.asLong() == b.asLong();
    }

    static int numericHash(NumericValue a) {
        if (a.isIntegral()) {
            if (a instanceof FloatValue f && Math.abs(f.value()) >= 9.2e18) return Double.hashCode(f.value());
            return Long.hashCode(a.asLong());
        }
        return Double.hashCode(a.asDouble());
    }
}
