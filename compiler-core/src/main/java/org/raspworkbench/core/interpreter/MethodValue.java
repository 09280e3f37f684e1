package org.raspworkbench.core.interpreter;


import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/** {@code target.name} for a method of a plain value or of an S-op: called, it runs {@link Methods}. */
public record MethodValue(Value target, String name) implements HostObject {
    @Override public String typeName() { return "builtin_function_or_method"; }
    @Override public String repr() { return "<built-in method " + name + " of " + target.typeName() + " object>"; }
    @Override public String toString() { return repr(); }
}
