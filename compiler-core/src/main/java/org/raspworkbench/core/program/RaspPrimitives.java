package org.raspworkbench.core.program;

import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** The RASP primitives: {@code select aggregate selector_width map sequence_map numerical categorical}. */
final class RaspPrimitives {
    private final Interpreter interpreter;
    private final NodeFactory nodes;

    RaspPrimitives(Interpreter interpreter, NodeFactory nodes) {
        this.interpreter = interpreter;
        this.nodes = nodes;
    }

    Value call(Builtin b, CallArgs a, Context ctx) {
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
                    dflt = sop.node.encoding == Encoding.NUMERICAL ? IntValue.of(0) : NoneValue.NONE;
                }
                return nodes.aggregate(sel, sop, dflt, r);
            }
            case SELECTOR_WIDTH:
                arity(a, b, 1, 1);
                return nodes.selectorWidth(selector(a, 0, "the argument of selector_width"), r);
            case MAP:
                arity(a, b, 2, 2);
                return nodes.map(function(a, 0, 1, "map"), sop(a, 1, "the second argument of map"), r);
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
        if (v instanceof FunctionValue || v instanceof BuiltinValue) {
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
