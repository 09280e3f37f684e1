package org.raspworkbench.core.value;

/** A Python int, held in 64 bits; the runner reports overflow as a {@code limit} error. */
public record IntValue(long value) implements NumericValue {
    public static IntValue of(long v) {
        return new IntValue(v);
    }

    @Override public String typeName() { return "int"; }
    @Override public String repr() { return Long.toString(value); }
    @Override public boolean truthy() { return value != 0; }
    @Override public double asDouble() { return value; }
    @Override public boolean isIntegral() { return true; }
    @Override public long asLong() { return value; }
    @Override public boolean equals(Object o) { return NumericValue.numericEquals(this, o); }
    @Override public int hashCode() { return NumericValue.numericHash(this); }
    @Override public String toString() { return repr(); }
}
