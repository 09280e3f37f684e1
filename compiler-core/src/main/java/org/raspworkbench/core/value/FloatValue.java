package org.raspworkbench.core.value;

/** A Python float (IEEE double), printed the way Python prints it. */
public record FloatValue(double value) implements NumericValue {
    public static FloatValue of(double v) {
        return new FloatValue(v);
    }

    @Override public String typeName() { return "float"; }
    @Override public String repr() { return PythonFloats.repr(value); }
    @Override public boolean truthy() { return value != 0.0; }
    @Override public double asDouble() { return value; }
    @Override public boolean isIntegral() { return !Double.isInfinite(value) && value == Math.rint(value); }
    @Override public long asLong() { return (long) value; }
    @Override public boolean equals(Object o) { return NumericValue.numericEquals(this, o); }
    @Override public int hashCode() { return NumericValue.numericHash(this); }
    @Override public String toString() { return repr(); }
}
