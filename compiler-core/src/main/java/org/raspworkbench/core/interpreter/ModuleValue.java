package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/** A module written in the Python subset and run by the interpreter (our {@code tracr.compiler.lib}). */
public final class ModuleValue implements HasAttributes {
    private final String name;
    private final Scope scope;

    ModuleValue(String name, Scope scope) {
        this.name = name;
        this.scope = scope;
    }

    @Override
    public Value attribute(String attribute, SourceRange range) {
        Value[] out = new Value[1];
        if (scope.lookupHere(attribute, out)) return out[0];
        throw new RaspException(ErrorKind.NAME, "module '" + name + "' has no attribute '" + attribute + "'"
                + Suggestions.hint(attribute, scope.ownNames()), range);
    }

    /** Python's rule without {@code __all__}: every name not starting with '_'. */
    @Override
    public java.util.List<String> publicNames() {
        return scope.ownNames().stream().filter(n -> !n.startsWith("_")).toList();
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public String repr() {
        return "<module '" + name + "'>";
    }
}
