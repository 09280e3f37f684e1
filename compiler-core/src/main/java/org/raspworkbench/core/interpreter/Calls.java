package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.dag.ComparisonValue;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.dag.Predicates;
import org.raspworkbench.core.dag.RaspPrimitives;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.syntax.SourceText;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.Value;

/**
 * Calls of everything callable that is not a user's function: built-ins (lifted over S-ops where
 * they can be), methods, {@code math}, comparisons, native functions of the Tracr modules, and the
 * RASP primitives. Kept apart from {@link Interpreter}, which runs statements and user functions.
 */
final class Calls {
    private final Interpreter interpreter;
    private final RaspPrimitives primitives;
    private final Lifting lifting;
    private final SurfaceSyntax syntax;
    private final SourceText text;

    Calls(Interpreter interpreter, RaspPrimitives primitives, Lifting lifting, SurfaceSyntax syntax, SourceText text) {
        this.interpreter = interpreter;
        this.primitives = primitives;
        this.lifting = lifting;
        this.syntax = syntax;
        this.text = text;
    }

    /** Calls any callable value: user functions through the interpreter, everything else here. */
    Value call(Value callee, CallArgs args, Context ctx) {
        if (callee instanceof FunctionValue f) return interpreter.callFunction(f, args, ctx);
        if (callee instanceof NativeFunction n) return n.call(interpreter, args, ctx);
        if (callee instanceof Placeholder p) return p;
        if (callee instanceof BuiltinValue b) return callBuiltin(b.builtin, args, ctx);
        if (callee instanceof MethodValue m) return callMethod(m, args, ctx);
        if (callee instanceof MathModule.Function f) {
            noKeywords(f.fn().pyName, args);
            try {
                return MathModule.call(f.fn(), args.values());
            } catch (PythonError e) {
                throw Errors.at(e, args.range());
            }
        }
        if (callee instanceof ComparisonValue c) {
            if (args.size() != 2 || !args.keywords().isEmpty()) {
                throw Errors.type("the comparison " + c.comparison.text() + " takes two arguments (key, query)",
                        args.range());
            }
            return BoolValue.of(Predicates.test(c.comparison, args.get(0), args.get(1), args.range()));
        }
        if (callee instanceof SOpValue && syntax == SurfaceSyntax.PYTHON) {
            // Tracr evaluates program(xs) at once; here values exist only once the script has run
            return new Unevaluated(args.range(), text.slice(args.range()));
        }
        if (callee instanceof SOpValue || callee == Interpreter.LENGTH) {
            throw Errors.type("an S-op is not a function; its values are computed when the model runs on an input",
                    args.range());
        }
        throw Errors.type("'" + callee.typeName() + "' object is not callable", args.range());
    }

    private Value callMethod(MethodValue m, CallArgs args, Context ctx) {
        if (Lifting.isRasp(m.target()) && m.name().equals("annotated")) {
            if (ctx.plain) throw Errors.raspInPlainFunction("annotated() builds RASP", args.range());
            return primitives.annotated(m.target(), args, ctx);
        }
        if (Lifting.isRasp(m.target())) {
            // Tracr's .named(name), also as .named(name="x")
            CallArgs.Keyword kw = args.keyword("name");
            if (args.size() + args.keywords().size() != 1 || !args.keywords().isEmpty() && kw == null) {
                throw Errors.type("named() takes exactly one argument, the name", args.range());
            }
            return kw != null ? primitives.named(m.target(), kw.value(), kw.range(), ctx)
                    : primitives.named(m.target(), args.get(0), args.rangeOf(0), ctx);
        }
        if (m.target() instanceof org.raspworkbench.core.value.StrValue s && m.name().equals("format")) {
            return StringFormatting.call(s.value(), args);
        }
        noKeywords(m.name(), args);
        try {
            return Methods.call(m, args.values(), args.range());
        } catch (PythonError e) {
            throw Errors.at(e, args.range());
        }
    }

    private static void noKeywords(String name, CallArgs args) {
        if (!args.keywords().isEmpty()) {
            throw Errors.type(name + "() takes no keyword arguments", args.keywords().get(0).range());
        }
    }

    private Value callBuiltin(Builtin b, CallArgs args, Context ctx) {
        Keywords.check(b, args);
        if (b == Builtin.NAMED || b == Builtin.LINEAR_SEQUENCE_MAP) {
            if (ctx.plain) throw Errors.raspInPlainFunction(b.pyName + "() builds RASP", args.range());
            return primitives.call(b, args, ctx);
        }
        if (b == Builtin.ISINSTANCE && args.size() == 2 && args.get(1) instanceof TypeTest t) {
            return TypeTest.isinstance(t, args);
        }
        if (b == Builtin.ISINSTANCE) return HostBuiltins.isinstance(args);
        if (b.isRasp()) {
            if (ctx.plain) throw Errors.raspInPlainFunction(b.pyName + "() builds RASP", args.range());
            return primitives.call(b, args, ctx);
        }
        Caller caller = (fn, values, range) -> call(fn, CallArgs.positional(values, range), ctx);
        boolean rasp = args.values().stream().anyMatch(Lifting::isRasp);
        if (rasp) {
            if (!b.lifts) {
                int at = 0;
                while (!Lifting.isRasp(args.get(at))) at++;
                throw Errors.type(b.pyName + "() cannot take " + Lifting.article(args.get(at))
                        + ": its values are only known when the model runs", args.rangeOf(at));
            }
            return lifting.overSOps(args.values(), v -> HostBuiltins.call(b,
                    new CallArgs(v, args.ranges(), args.keywords(), args.range()), caller), args.range(), ctx);
        }
        // A built-in that walks its arguments costs a step per element, counted before it runs,
        // so that sum(range(10**9)) is a limit error rather than minutes of work.
        ctx.charge(HostBuiltins.elementsWalked(b, args.values()), args.range());
        try {
            return HostBuiltins.call(b, args, caller);
        } catch (PythonError e) {
            throw Errors.at(e, args.range());
        }
    }
}
