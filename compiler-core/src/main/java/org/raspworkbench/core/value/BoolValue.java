package org.raspworkbench.core.value;

/** Python's bool: a number equal to 0 or 1 that prints as {@code True}/{@code False}. */
public record BoolValue(boolean value) implements NumericValue {
    public static final BoolValue TRUE = new BoolValue(true);
    public static final BoolValue FALSE = new BoolValue(false);

    public static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override public String typeName() { return "bool"; }
    @Override public String repr() { return value ? "True" : "False"; }
    @Override public boolean truthy() { return value; }
    @Override public double asDouble() { return value ? 1 : 0; }
    @Override public boolean isIntegral() { return true; }
    @Override public long asLong() { return value ? 1 : 0; }
    @Override public boolean equals(Object o) { return NumericValue.numericEquals(this, o); }
    @Override public int hashCode() { return NumericValue.numericHash(this); }
    @Override public String toString() { return repr(); }
}
