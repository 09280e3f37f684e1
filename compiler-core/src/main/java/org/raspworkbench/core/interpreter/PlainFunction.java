package org.raspworkbench.core.interpreter;

import java.util.List;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.WorkBudget;
import org.raspworkbench.core.rasp.WorkMeter;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/**
 * A program's function (a lambda, a def, a built-in or a bare comparison) as the {@link RaspFunction}
 * of a map, sequence map or select. Each call runs with its own budget, so the evaluator and the
 * compiler may call it from any thread once the program has run.
 */
public final class PlainFunction implements RaspFunction {
    private final Interpreter interpreter;
    private final Value callable;
    private final SourceRange range;

    public PlainFunction(Interpreter interpreter, Value callable, SourceRange range) {
        this.interpreter = interpreter;
        this.callable = callable;
        this.range = range;
    }

    /**
     * The function as a lambda of the program's syntax, when it is one (or a {@code def} whose body
     * only returns an expression), for tools that write it back; its free names read
     * {@link #valueOf}.
     */
    public java.util.Optional<org.raspworkbench.core.syntax.Expr.Lambda> asLambda() {
        if (!(callable instanceof FunctionValue f)) return java.util.Optional.empty();
        org.raspworkbench.core.syntax.Expr body = f.lambdaBody;
        if (body == null && f.body != null && f.body.size() == 1
                && f.body.get(0) instanceof org.raspworkbench.core.syntax.Stmt.Return r && r.value().isPresent()) {
            body = r.value().get();
        }
        if (body == null) return java.util.Optional.empty();
        return java.util.Optional.of(new org.raspworkbench.core.syntax.Expr.Lambda(f.params, body, f.range));
    }

    @Override
    public java.util.Optional<Value> valueOf(String name) {
        if (!(callable instanceof FunctionValue f)) return java.util.Optional.empty();
        for (int i = 0; i < f.params.size(); i++) {
            if (f.params.get(i).name().equals(name)) return java.util.Optional.ofNullable(f.defaults.get(i));
        }
        Value[] out = new Value[1];
        return f.closure.lookup(name, out) == Scope.Lookup.FOUND ? java.util.Optional.of(out[0]) : java.util.Optional.empty();
    }

    @Override
    public Value apply(List<Value> args) {
        return call(args, Context.plain(interpreter.limits()));
    }

    @Override
    public Value apply(List<Value> args, WorkMeter meter) {
        Context ctx = Context.plain(interpreter.limits());
        try {
            return call(args, ctx);
        } finally {
            meter.charge(WorkBudget.CALL_COST + ctx.steps());
        }
    }

    private Value call(List<Value> args, Context ctx) {
        try {
            Value result = interpreter.call(callable, CallArgs.positional(args, range), ctx);
            if (Lifting.isRasp(result)) {
                throw Errors.raspInPlainFunction("the function returned " + Lifting.article(result), range);
            }
            return result;
        } catch (StackOverflowError e) {
            throw Errors.limit("the function's calls are nested too deeply", range);
        }
    }
}
