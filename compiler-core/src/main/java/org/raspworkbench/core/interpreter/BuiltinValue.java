package org.raspworkbench.core.interpreter;


import org.raspworkbench.core.value.HostObject;

/** A predefined function as a value (it can be passed to map, for example {@code map(abs, x)}). */
public final class BuiltinValue implements HostObject {
    public final Builtin builtin;

    BuiltinValue(Builtin builtin) {
        this.builtin = builtin;
    }

    @Override
    public String typeName() {
        return "builtin_function";
    }

    @Override
    public String repr() {
        return "<built-in function " + builtin.pyName + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
