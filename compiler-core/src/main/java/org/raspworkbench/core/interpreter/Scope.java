package org.raspworkbench.core.interpreter;


import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.raspworkbench.core.value.Value;

/**
 * The variables of the top level, of one function call, or of one comprehension, chained to the
 * scope they were written in, with Python's rules: a name assigned anywhere in a function body is
 * local to the whole call.
 */
public final class Scope {
    enum Kind { BUILTIN, GLOBAL, FUNCTION, COMPREHENSION }

    final Kind kind;
    final Scope parent;
    /** The names a function body assigns; empty for other scopes. */
    private final Set<String> locals;
    // The program's own symbol table: keyed by the user's identifiers.
    private final Map<String, Value> vars = new HashMap<>();

    Scope(Kind kind, Scope parent, Set<String> locals) {
        this.kind = kind;
        this.parent = parent;
        this.locals = locals;
    }

    /** The outcome of looking a name up. */
    enum Lookup { FOUND, UNBOUND_LOCAL, UNDEFINED }

    /** Looks {@code name} up; on success the value is in {@code out[0]}. */
    Lookup lookup(String name, Value[] out) {
        for (Scope s = this; s != null; s = s.parent) {
            Value v = s.vars.get(name);
            if (v != null) {
                out[0] = v;
                return Lookup.FOUND;
            }
            if (s.kind == Kind.FUNCTION && s.locals.contains(name)) return Lookup.UNBOUND_LOCAL;
        }
        return Lookup.UNDEFINED;
    }

    /** This scope's own variable, not its parents'. */
    boolean lookupHere(String name, Value[] out) {
        out[0] = vars.get(name);
        return out[0] != null;
    }

    java.util.Set<String> ownNames() {
        return new java.util.TreeSet<>(vars.keySet());
    }

    void assign(String name, Value value) {
        vars.put(name, value);
    }

    /** Every name visible from here, for "did you mean" hints. */
    java.util.Set<String> visibleNames() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Scope s = this; s != null; s = s.parent) out.addAll(s.vars.keySet());
        return out;
    }
}
