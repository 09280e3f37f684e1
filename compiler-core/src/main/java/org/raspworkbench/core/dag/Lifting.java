package org.raspworkbench.core.dag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.raspworkbench.core.interpreter.Context;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.interpreter.PlainOps;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.LiftedOperator;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr.BinaryOp;
import org.raspworkbench.core.syntax.Expr.CompareOp;
import org.raspworkbench.core.syntax.Expr.UnaryOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * Operators whose operands include S-ops become maps and sequence maps, the way Tracr's operator
 * overloads build them: {@code x op c} and {@code c op x} a map, {@code x op y} a sequence map
 * (a linear sequence map for {@code +}/{@code -} of two numerical S-ops).
 */
public final class Lifting {
    private final NodeFactory nodes;

    /** Tracr's own overloads: {@code x + y} of two numerical S-ops is a SequenceMap there (Python syntax). */
    private final boolean tracrOverloads;

    public Lifting(NodeFactory nodes) {
        this(nodes, false);
    }

    public Lifting(NodeFactory nodes, boolean tracrOverloads) {
        this.nodes = nodes;
        this.tracrOverloads = tracrOverloads;
    }

    public static boolean isRasp(Value v) {
        return v instanceof NodeValue;
    }

    public Value binary(BinaryOp op, Value a, Value b, SourceRange range, Context ctx) {
        if ((op == BinaryOp.BITAND || op == BinaryOp.BITOR) && (isRasp(a) || isRasp(b))) {
            return bitwise(op == BinaryOp.BITAND, a, b, range, ctx);
        }
        rejectSelector(a, op.text(), range);
        rejectSelector(b, op.text(), range);
        if (a instanceof SOpValue x && b instanceof SOpValue y) {
            guard(ctx, range);
            if (!tracrOverloads && (op == BinaryOp.ADD || op == BinaryOp.SUB) && x.node.encoding == Encoding.NUMERICAL
                    && y.node.encoding == Encoding.NUMERICAL) {
                IntValue one = IntValue.of(1);
                IntValue sign = IntValue.of(op == BinaryOp.ADD ? 1 : -1);
                RaspFunction f = lifted(args -> PythonOps.add(PythonOps.mul(one, args.get(0)),
                        PythonOps.mul(sign, args.get(1))), range);
                return nodes.linearSequenceMap(x, y, one, sign, f, range);
            }
            return nodes.sequenceMap(lifted(args -> PlainOps.binary(op, args.get(0), args.get(1)), range,
                    LiftedOperator.of(op.text(), null, null)), x, y, range);
        }
        if (a instanceof SOpValue x) {
            guard(ctx, range);
            return nodes.map(lifted(args -> PlainOps.binary(op, args.get(0), b), range, LiftedOperator.of(op.text(), null, b)), x, range);
        }
        if (b instanceof SOpValue y) {
            guard(ctx, range);
            return nodes.map(lifted(args -> PlainOps.binary(op, a, args.get(0)), range, LiftedOperator.of(op.text(), a, null)), y, range);
        }
        try {
            return PlainOps.binary(op, a, b);
        } catch (PythonError e) {
            throw Errors.at(e, range);
        }
    }

    public Value compare(CompareOp op, Value a, Value b, SourceRange range, Context ctx) {
        rejectSelector(a, op.text(), range);
        rejectSelector(b, op.text(), range);
        if (a instanceof SOpValue x && b instanceof SOpValue y) {
            guard(ctx, range);
            return nodes.sequenceMap(lifted(args -> BoolValue.of(PlainOps.compare(op, args.get(0), args.get(1))),
                    range, LiftedOperator.of(op.text(), null, null)), x, y, range);
        }
        if (a instanceof SOpValue x) {
            guard(ctx, range);
            return nodes.map(lifted(args -> BoolValue.of(PlainOps.compare(op, args.get(0), b)), range,
                    LiftedOperator.of(op.text(), null, b)), x,
                    range);
        }
        if (b instanceof SOpValue y) {
            guard(ctx, range);
            return nodes.map(lifted(args -> BoolValue.of(PlainOps.compare(op, a, args.get(0))), range,
                    LiftedOperator.of(op.text(), a, null)), y,
                    range);
        }
        try {
            return BoolValue.of(PlainOps.compare(op, a, b));
        } catch (PythonError e) {
            throw Errors.at(e, range);
        }
    }

    public Value unary(UnaryOp op, Value a, SourceRange range, Context ctx) {
        if (op == UnaryOp.INVERT && a instanceof SOpValue x) {
            // Tracr's SOp.__invert__ is Map(lambda x: not x), not Python's bitwise ~
            guard(ctx, range);
            return nodes.map(lifted(args -> BoolValue.of(!args.get(0).truthy()), range, LiftedOperator.unary("not")), x,
                    range);
        }
        if (a instanceof SelectorValue s) {
            if (op != UnaryOp.NOT && op != UnaryOp.INVERT) throw Errors.type("'" + op.text() + "' does not apply to a selector", range);
            guard(ctx, range);
            return nodes.not(s, range);
        }
        if (a instanceof SOpValue x) {
            guard(ctx, range);
            return nodes.map(lifted(args -> PlainOps.unary(op, args.get(0)), range, LiftedOperator.unary(op.text())), x,
                    range);
        }
        try {
            return PlainOps.unary(op, a);
        } catch (PythonError e) {
            throw Errors.at(e, range);
        }
    }

    /**
     * {@code &} and {@code |} with an S-op or selector operand, as Tracr's overloads: on selectors
     * {@code selector_and/or}; on S-ops Python's {@code and}/{@code or} per position, except that
     * Tracr's {@code c | x} (its {@code __ror__}) computes {@code x or c}.
     */
    private Value bitwise(boolean and, Value a, Value b, SourceRange range, Context ctx) {
        String sign = and ? "&" : "|";
        if (a instanceof SelectorValue x && b instanceof SelectorValue y) {
            guard(ctx, range);
            return and ? nodes.and(x, y, range) : nodes.or(x, y, range);
        }
        if (a instanceof SelectorValue || b instanceof SelectorValue) {
            Value other = a instanceof SelectorValue ? b : a;
            throw Errors.type("'" + sign + "' cannot combine a selector with " + article(other)
                    + "; both sides must be selectors", range);
        }
        if (b instanceof SOpValue y && !(a instanceof SOpValue)) {
            guard(ctx, range);
            return nodes.map(lifted(args -> and ? PlainOps.logical(true, a, args.get(0))
                    : PlainOps.logical(false, args.get(0), a), range,
                    and ? LiftedOperator.of("and", a, null) : LiftedOperator.of("or", null, a)), y, range);
        }
        return logical(and, a, b, range, ctx);
    }

    /** {@code a and b} / {@code a or b} where {@code a} is an S-op or a selector (both were evaluated). */
    public Value logical(boolean and, Value a, Value b, SourceRange range, Context ctx) {
        String word = and ? "and" : "or";
        if (a instanceof SelectorValue x && b instanceof SelectorValue y) {
            guard(ctx, range);
            return and ? nodes.and(x, y, range) : nodes.or(x, y, range);
        }
        if (a instanceof SelectorValue || b instanceof SelectorValue) {
            Value other = a instanceof SelectorValue ? b : a;
            throw Errors.type("'" + word + "' cannot combine a selector with " + article(other)
                    + "; both sides must be selectors", range);
        }
        if (a instanceof SOpValue x && b instanceof SOpValue y) {
            guard(ctx, range);
            return nodes.sequenceMap(lifted(args -> PlainOps.logical(and, args.get(0), args.get(1)), range,
                    LiftedOperator.of(and ? "and" : "or", null, null)), x, y,
                    range);
        }
        if (a instanceof SOpValue x) {
            guard(ctx, range);
            return nodes.map(lifted(args -> PlainOps.logical(and, args.get(0), b), range,
                    LiftedOperator.of(and ? "and" : "or", null, b)), x, range);
        }
        SOpValue y = (SOpValue) b;
        guard(ctx, range);
        return nodes.map(lifted(args -> PlainOps.logical(and, a, args.get(0)), range,
                    LiftedOperator.of(and ? "and" : "or", a, null)), y, range);
    }

    /**
     * {@code f} over operands of which some are S-ops: one map for one distinct S-op, a sequence map
     * for two, and for more Tracr's {@code make_nary_sequencemap} chain (pairs into tuples, then a map).
     */
    public Value overSOps(List<Value> operands, Function<List<Value>, Value> f, SourceRange range, Context ctx) {
        List<SOpValue> distinct = new ArrayList<>();
        for (Value v : operands) {
            if (v instanceof SelectorValue) throw Errors.type("a selector cannot be used here", range);
            if (v instanceof SOpValue s && distinct.stream().noneMatch(d -> d.node == s.node)) distinct.add(s);
        }
        if (distinct.isEmpty()) {
            try {
                return f.apply(operands);
            } catch (PythonError e) {
                throw Errors.at(e, range);
            }
        }
        guard(ctx, range);
        Function<List<Value>, Value> substituted = values -> {
            List<Value> args = new ArrayList<>(operands.size());
            for (Value v : operands) {
                int at = -1;
                for (int i = 0; i < distinct.size(); i++) if (v instanceof SOpValue s && s.node == distinct.get(i).node) at = i;
                args.add(at < 0 ? v : values.get(at));
            }
            return f.apply(args);
        };
        List<Value> plain = operands.stream().filter(v -> !(v instanceof SOpValue)).toList();
        if (distinct.size() == 1) return nodes.map(lifted(substituted::apply, range, plain), distinct.get(0), range);
        if (distinct.size() == 2) {
            return nodes.sequenceMap(lifted(substituted::apply, range, plain), distinct.get(0), distinct.get(1), range);
        }
        SOpValue chain = nodes.sequenceMap(lifted(args -> new TupleValue(List.of(args.get(0), args.get(1))), range),
                distinct.get(0), distinct.get(1), range);
        for (int i = 2; i < distinct.size(); i++) {
            chain = nodes.sequenceMap(lifted(args -> {
                List<Value> items = new ArrayList<>(((TupleValue) args.get(0)).items());
                items.add(args.get(1));
                return new TupleValue(items);
            }, range), chain, distinct.get(i), range);
        }
        return nodes.map(lifted(args -> substituted.apply(((TupleValue) args.get(0)).items()), range, plain), chain, range);
    }

    /** A function on plain values whose Python errors point at {@code range}. */
    static RaspFunction lifted(Function<List<Value>, Value> f, SourceRange range) {
        return args -> {
            try {
                return f.apply(args);
            } catch (PythonError e) {
                throw Errors.at(e, range);
            }
        };
    }

    /** As above, for an operator whose operands that are not S-ops are {@code plain} (tools read them back). */
    static RaspFunction lifted(Function<List<Value>, Value> f, SourceRange range, List<Value> plain) {
        return lifted(f, range, plain, Optional.empty());
    }

    /** As above, for one operator, which tools read back as {@link RaspFunction#lifted}. */
    static RaspFunction lifted(Function<List<Value>, Value> f, SourceRange range, LiftedOperator form) {
        return lifted(f, range, form.plainOperands(), Optional.of(form));
    }

    private static RaspFunction lifted(Function<List<Value>, Value> f, SourceRange range, List<Value> plain,
                                       Optional<LiftedOperator> form) {
        RaspFunction inner = lifted(f, range);
        List<Value> operands = List.copyOf(plain);
        return new RaspFunction() {
            @Override
            public Value apply(List<Value> args) {
                return inner.apply(args);
            }

            @Override
            public List<Value> liftedOperands() {
                return operands;
            }

            @Override
            public Optional<LiftedOperator> lifted() {
                return form;
            }
        };
    }

    private static void guard(Context ctx, SourceRange range) {
        if (ctx.plain) throw Errors.raspInPlainFunction("this uses an S-op", range);
    }

    private static void rejectSelector(Value v, String op, SourceRange range) {
        if (v instanceof SelectorValue) {
            throw Errors.type("'" + op + "' does not apply to a selector; selectors combine with and, or, not", range);
        }
    }

    public static String article(Value v) {
        if (v instanceof SOpValue) return "an S-op";
        if (v instanceof SelectorValue) return "a selector";
        String t = v.typeName();
        return ("aeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
    }
}
