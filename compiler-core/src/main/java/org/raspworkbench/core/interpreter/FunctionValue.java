package org.raspworkbench.core.interpreter;


import java.util.List;
import java.util.Set;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.syntax.Stmt;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/**
 * A {@code def} or {@code lambda} with the scope it was written in (its closure) and its default
 * values, evaluated when it was defined, as in Python.
 */
public final class FunctionValue implements HostObject {
    final String name;
    public final List<Param> params;
    /** The values of the parameters' defaults; null where a parameter has none. */
    final List<Value> defaults;
    /** A def's body, or null for a lambda. */
    final List<Stmt> body;
    /** A lambda's body, or null for a def. */
    final Expr lambdaBody;
    final Set<String> locals;
    final Scope closure;
    final SourceRange range;

    FunctionValue(String name, List<Param> params, List<Value> defaults, List<Stmt> body, Expr lambdaBody,
                  Set<String> locals, Scope closure, SourceRange range) {
        this.name = name;
        this.params = params;
        this.defaults = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(defaults));
        this.body = body;
        this.lambdaBody = lambdaBody;
        this.locals = locals;
        this.closure = closure;
        this.range = range;
    }

    /** Where {@code *args} is among the parameters, or -1; in a .py file keyword-only ones may follow it. */
    int starAt() {
        for (int i = 0; i < params.size(); i++) if (params.get(i).variadic()) return i;
        return -1;
    }

    boolean variadic() {
        return starAt() >= 0;
    }

    /** Parameters that take one positional argument each (those before {@code *args}). */
    int positionalParams() {
        int star = starAt();
        return star >= 0 ? star : params.size();
    }

    /** Whether a keyword-only parameter (after {@code *args}) has no default, so a call must name it. */
    boolean needsKeyword() {
        int star = starAt();
        if (star < 0) return false;
        for (int i = star + 1; i < params.size(); i++) if (defaults.get(i) == null) return true;
        return false;
    }

    int requiredArgs() {
        int n = 0;
        for (int i = 0; i < positionalParams(); i++) if (defaults.get(i) == null) n++;
        return n;
    }

    public boolean accepts(int argCount) {
        return argCount >= requiredArgs() && (variadic() || argCount <= params.size()) && !needsKeyword();
    }

    public String describe() {
        return lambdaBody != null ? "the lambda" : name + "()";
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + name + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
