package org.raspworkbench.core.dag;

import org.raspworkbench.core.interpreter.Builtin;
import org.raspworkbench.core.interpreter.BuiltinValue;
import org.raspworkbench.core.interpreter.CallArgs;
import org.raspworkbench.core.interpreter.Context;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.interpreter.FunctionValue;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.MathModule;
import org.raspworkbench.core.interpreter.MethodValue;
import org.raspworkbench.core.interpreter.PlainFunction;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** The RASP primitives: {@code select aggregate selector_width map sequence_map numerical categorical}. */
public final class RaspPrimitives {
    private final Interpreter interpreter;
    private final NodeFactory nodes;

    public RaspPrimitives(Interpreter interpreter, NodeFactory nodes) {
        this.interpreter = interpreter;
        this.nodes = nodes;
    }

    public Value call(Builtin b, CallArgs a, Context ctx) {
        SourceRange r = a.range();
        switch (b) {
            case SELECT:
                arity(a, b, 3, 3);
                return nodes.select(sop(a, 0, "the keys"), sop(a, 1, "the queries"), predicate(a, 2), r);
            case AGGREGATE: {
                arity(a, b, 2, 3);
                CallArgs.Keyword kw = a.keyword("default");
                if (kw != null && a.size() == 3) throw Errors.type("aggregate() got two defaults", kw.range());
                // arity counts default= as the third argument, so aggregate(sel, default=0) gets here
                if (a.size() < 2) throw Errors.type("aggregate() is missing its second argument, the S-op to aggregate",
                        a.range());
                SelectorValue sel = selector(a, 0, "the first argument of aggregate");
                SOpValue sop = sop(a, 1, "the second argument of aggregate");
                Value dflt;
                if (a.size() == 3) {
                    dflt = defaultValue(a.get(2), a.rangeOf(2));
                } else if (kw != null) {
                    dflt = defaultValue(kw.value(), kw.range());
                } else {
                    dflt = sop.node.encoding == Encoding.NUMERICAL && !tracr() ? IntValue.of(0) : NoneValue.NONE;
                }
                // Tracr's Aggregate is categorical until annotated, whatever it aggregates
                return tracr() ? nodes.aggregate(sel, sop, dflt, Encoding.CATEGORICAL, r) : nodes.aggregate(sel, sop, dflt, r);
            }
            case SELECTOR_WIDTH:
                arity(a, b, 1, 1);
                return nodes.selectorWidth(selector(a, 0, "the argument of selector_width"), r);
            case MAP: {
                arity(a, b, 2, 3);
                CallArgs.Keyword kw = a.keyword("simplify");
                if (kw != null && a.size() == 3) throw Errors.type("map() got simplify twice", kw.range());
                Value simplify = a.size() == 3 ? a.get(2) : kw != null ? kw.value() : BoolValue.TRUE;
                if (!(simplify instanceof BoolValue)) {
                    throw Errors.type("map()'s simplify must be True or False, not " + Lifting.article(simplify),
                            a.size() == 3 ? a.rangeOf(2) : kw.range());
                }
                return nodes.map(function(a, 0, 1, "map"), sop(a, 1, "the second argument of map"),
                        simplify.truthy(), r);
            }
            case LINEAR_SEQUENCE_MAP: {
                arity(a, b, 4, 4);
                NumericValue ca = coefficient(a, 2);
                NumericValue cb = coefficient(a, 3);
                RaspFunction f = Lifting.lifted(args -> PythonOps.add(PythonOps.mul(ca, args.get(0)),
                        PythonOps.mul(cb, args.get(1))), r);
                return nodes.linearSequenceMap(sop(a, 0, "the first argument of linear_sequence_map"),
                        sop(a, 1, "the second argument of linear_sequence_map"), ca, cb, f, Encoding.CATEGORICAL, r);
            }
            case NAMED:
                arity(a, b, 2, 2);
                return named(a.get(0), a.get(1), a.rangeOf(1), ctx);
            case SEQUENCE_MAP:
                arity(a, b, 3, 3);
                return nodes.sequenceMap(function(a, 0, 2, "sequence_map"),
                        sop(a, 1, "the second argument of sequence_map"),
                        sop(a, 2, "the third argument of sequence_map"), r);
            case NUMERICAL:
                arity(a, b, 1, 1);
                return nodes.annotate(sop(a, 0, "the argument of numerical"), Encoding.NUMERICAL, r);
            default:
                arity(a, b, 1, 1);
                return nodes.annotate(sop(a, 0, "the argument of categorical"), Encoding.CATEGORICAL, r);
        }
    }

    /**
     * Tracr's {@code .named(name)}: the S-op or selector itself, called {@code name} whatever is
     * assigned later (a clash with another name still gets {@code _2}, as for assignments).
     */
    public Value named(Value target, Value name, SourceRange nameRange, Context ctx) {
        if (!(target instanceof NodeValue v)) {
            throw Errors.type("named() names an S-op or a selector, not " + Lifting.article(target), nameRange);
        }
        if (!(name instanceof StrValue s)) {
            throw Errors.type("a name must be a string, not " + Lifting.article(name), nameRange);
        }
        Node node = v.node;
        // Tracr's .named can rename what the program named before (the last name wins); never tokens,
        // indices or length, whose names are the model's own
        boolean renamable = tracr() && node.fixedName && node.owner != org.raspworkbench.core.interpreter.Frame.BUILTIN;
        if (node.kind == NodeKind.TOKENS || node.kind == NodeKind.INDICES || node.fixedName && !renamable) {
            throw Errors.value("'" + node.currentName() + "' keeps its name; name a copy instead, e.g. "
                    + "named(map(lambda x: x, " + node.currentName() + "), " + s.repr() + ")", nameRange);
        }
        node.name = s.value();
        node.nameRange = nameRange;
        node.owner = ctx.frame;
        node.fixedName = true;
        return target;
    }

    /** A .py file: Tracr's own classes, with Tracr's defaults. */
    private boolean tracr() {
        return interpreter.syntax() == org.raspworkbench.core.syntax.SurfaceSyntax.PYTHON;
    }

    /**
     * Tracr's {@code .annotated(name=..., encoding=...)} (and {@code rasp.annotate}): an encoding makes
     * an annotated copy, as {@code numerical}/{@code categorical} do; a name names it as {@code .named}.
     */
    public Value annotated(Value target, CallArgs a, Context ctx) {
        if (!(target instanceof SOpValue) && !(target instanceof SelectorValue)) {
            throw Errors.type("annotated() annotates an S-op or a selector, not " + Lifting.article(target), a.range());
        }
        if (a.size() > 0) throw Errors.type("annotated() takes keyword arguments only (name=..., encoding=...)",
                a.range());
        Value out = target;
        CallArgs.Keyword encoding = a.keyword("encoding");
        if (encoding != null) {
            if (!(out instanceof SOpValue sop)) throw Errors.type("only an S-op has an encoding", encoding.range());
            Encoding e = encoding.value() instanceof EncodingValue ev ? ev.encoding() : null;
            if (e == null) {
                throw Errors.type("encoding must be rasp.Encoding.NUMERICAL or rasp.Encoding.CATEGORICAL, not "
                        + Lifting.article(encoding.value()), encoding.range());
            }
            out = nodes.annotate(sop, e, a.range());
        }
        for (CallArgs.Keyword k : a.keywords()) {
            if (k.name().equals("name")) out = named(out, k.value(), k.range(), ctx);
            else if (!k.name().equals("encoding")) {
                throw Errors.type("annotated(): only the name and encoding annotations are supported, not '"
                        + k.name() + "'", k.range());
            }
        }
        return out;
    }

    private static NumericValue coefficient(CallArgs a, int i) {
        if (a.get(i) instanceof NumericValue n) return n;
        throw Errors.type("a coefficient of linear_sequence_map must be a number, not " + Lifting.article(a.get(i)),
                a.rangeOf(i));
    }

    private static void arity(CallArgs a, Builtin b, int min, int max) {
        int n = a.size() + (b == Builtin.AGGREGATE && a.keyword("default") != null ? 1 : 0);
        if (n < min || n > max) {
            String expected = min == max ? (min == 1 ? "1 argument" : min + " arguments") : min + " or " + max
                    + " arguments";
            throw Errors.type(b.pyName + "() takes " + expected + " (" + n + " given)", a.range());
        }
    }

    private static SOpValue sop(CallArgs a, int i, String role) {
        Value v = a.get(i);
        if (v == Interpreter.LENGTH) throw new IllegalStateException("length is resolved when read");
        if (v instanceof SOpValue s) return s;
        throw Errors.type(role + " must be an S-op, not " + Lifting.article(v), a.rangeOf(i));
    }

    private static SelectorValue selector(CallArgs a, int i, String role) {
        Value v = a.get(i);
        if (v instanceof SelectorValue s) return s;
        throw Errors.type(role + " must be a selector (made by select), not " + Lifting.article(v),
                a.rangeOf(i));
    }

    private Predicate predicate(CallArgs a, int i) {
        Value v = a.get(i);
        SourceRange r = a.rangeOf(i);
        if (v instanceof ComparisonValue c) return c.comparison;
        if (v instanceof BoolValue bool) return bool.value() ? Comparison.TRUE : Comparison.FALSE;
        if (v instanceof FunctionValue f && !f.accepts(2)) {
            throw Errors.type("a select predicate is called with (key, query), but " + f.describe() + " takes "
                    + f.params.size() + " argument" + (f.params.size() == 1 ? "" : "s"), r);
        }
        if (v instanceof FunctionValue || v instanceof BuiltinValue
                || v instanceof org.raspworkbench.core.interpreter.NativeFunction) {
            return new PredicateFunction(new PlainFunction(interpreter, v, r), interpreter.text().slice(r));
        }
        throw Errors.type("the predicate must be a comparison (== != < <= > >=), True, False or a function of "
                + "(key, query), not " + Lifting.article(v), r);
    }

    private PlainFunction function(CallArgs a, int i, int arity, String who) {
        Value v = a.get(i);
        SourceRange r = a.rangeOf(i);
        if (v instanceof FunctionValue f) {
            if (!f.accepts(arity)) {
                throw Errors.type("the function given to " + who + " is called with " + arity + " argument"
                        + (arity == 1 ? "" : "s") + ", but " + f.describe() + " takes " + f.params.size(), r);
            }
        } else if (v instanceof ComparisonValue) {
            if (arity != 2) throw Errors.type("a comparison takes two arguments; " + who + " passes one", r);
        } else if (v instanceof MathModule.Function || v instanceof MethodValue m && !Lifting.isRasp(m.target())
                || v instanceof org.raspworkbench.core.interpreter.NativeFunction) {
            return new PlainFunction(interpreter, v, r);
        } else if (!(v instanceof BuiltinValue bv) || bv.builtin.isRasp()) {
            throw Errors.type("the first argument of " + who + " must be a function, not " + Lifting.article(v), r);
        }
        return new PlainFunction(interpreter, v, r);
    }

    /** Tracr accepts None, numbers and strings as an aggregate's default. */
    private static Value defaultValue(Value v, SourceRange r) {
        if (v instanceof NoneValue || v instanceof NumericValue || v instanceof StrValue) return v;
        throw Errors.type("an aggregate's default must be None, a number or a string, not " + Lifting.article(v), r);
    }
}
