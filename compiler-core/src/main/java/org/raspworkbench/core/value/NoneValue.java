package org.raspworkbench.core.value;

public record NoneValue() implements Value {
    public static final NoneValue NONE = new NoneValue();

    @Override public String typeName() { return "NoneType"; }
    @Override public String repr() { return "None"; }
    @Override public boolean truthy() { return false; }
    @Override public String toString() { return "None"; }
}
