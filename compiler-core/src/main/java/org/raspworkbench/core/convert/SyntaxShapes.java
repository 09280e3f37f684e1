package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.rasp.LiftedOperator;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.value.Value;

/**
 * Shapes of the syntax tree that recovering a function reads in both syntaxes: the wrappers that
 * do not change what a node computes ({@code numerical(...)}, {@code .named(...)}), the RASP calls
 * in their {@code .rasp} and Tracr spellings ({@code map} / {@code rasp.Map}), an operator's
 * operands, and a call written out as its lambda's body.
 */
final class SyntaxShapes {
    /** Aborts a guess: the text does not have a shape the recovery reads. */
    static final class NoGuess extends RuntimeException {
        NoGuess() {
            super(null, null, false, false);
        }
    }

    private SyntaxShapes() {
    }

    /**
     * The lambda of an operator lifted over S-ops, as the operator's record gives it
     * ({@code lambda x: x == '('}): for nodes whose text is not the program's (a library's).
     */
    static Optional<Expr.Lambda> fromOperator(LiftedOperator op, List<String> params) {
        List<Expr> operands = new ArrayList<>();
        int next = 0;
        for (Optional<Value> o : op.operands()) {
            if (o.isEmpty()) {
                if (next >= params.size()) return Optional.empty();
                operands.add(name(params.get(next++)));
            } else if (NodeText.literal(o.get())) {
                operands.add(new Expr.Literal(o.get(), SourceRange.NONE));
            } else {
                return Optional.empty();
            }
        }
        if (next != params.size()) return Optional.empty();
        String text = op.operator();
        Expr body = null;
        if (operands.size() == 1) {
            for (Expr.UnaryOp u : Expr.UnaryOp.values()) {
                if (u.text().equals(text)) body = new Expr.Unary(u, operands.get(0), SourceRange.NONE);
            }
        } else if (operands.size() == 2) {
            for (Expr.BinaryOp b : Expr.BinaryOp.values()) {
                if (b.text().equals(text)) body = new Expr.Binary(b, operands.get(0), operands.get(1), SourceRange.NONE);
            }
            for (Expr.CompareOp c : Expr.CompareOp.values()) {
                if (c.text().equals(text)) {
                    body = new Expr.Compare(operands.get(0), List.of(c), List.of(operands.get(1)), SourceRange.NONE);
                }
            }
            for (Expr.LogicalOp l : Expr.LogicalOp.values()) {
                if (l.text().equals(text)) body = new Expr.Logical(l, operands.get(0), operands.get(1), SourceRange.NONE);
            }
        }
        return Optional.ofNullable(body).map(b -> lambda(params, b));
    }

    /** Annotations and names do not change what is computed: {@code numerical(x)}, {@code x.named("n")}. */
    static Expr unwrap(Expr e) {
        for (Expr inner = unwrapOnce(e); inner != e; inner = unwrapOnce(e)) e = inner;
        return e;
    }

    static Expr unwrapOnce(Expr e) {
        if (e instanceof Expr.Call c) {
            List<Expr> args = positional(c);
            if (c.callee() instanceof Expr.Attribute a && (a.name().equals("named") || a.name().equals("annotated"))) {
                return a.target();
            }
            if ((isCallOf(c, "numerical", "numerical") || isCallOf(c, "categorical", "categorical")) && args.size() == 1) {
                return args.get(0);
            }
            if (isCallOf(c, "named", "named") && args.size() == 2) return args.get(0);
        }
        return e;
    }

    /** {@code rasp.tokens} reads as {@code tokens}. */
    static Expr unwrapAttribute(Expr x) {
        if (x instanceof Expr.Attribute a && a.target() instanceof Expr.Name m && m.name().equals("rasp")) {
            return new Expr.Name(a.name(), a.range());
        }
        return x;
    }

    /** A call of {@code name(...)} in .rasp or {@code rasp.tracrName(...)} in Tracr Python. */
    static boolean isCallOf(Expr e, String name, String tracrName) {
        if (!(e instanceof Expr.Call c)) return false;
        if (c.callee() instanceof Expr.Name n) return n.name().equals(name) || n.name().equals(tracrName);
        return c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Name m
                && (m.name().equals("rasp") || m.name().equals("lib")) && (a.name().equals(tracrName) || a.name().equals(name));
    }

    static List<Expr> positional(Expr e) {
        List<Expr> out = new ArrayList<>();
        for (Argument a : ((Expr.Call) e).args()) {
            if (a instanceof Argument.Positional p) out.add(p.value());
        }
        return out;
    }

    static boolean simpleParams(Expr.Lambda l, int arity) {
        if (l.params().size() != arity) return false;
        return l.params().stream().noneMatch(p -> p.variadic() || p.defaultValue().isPresent());
    }

    static List<Expr> operands(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.Compare c) {
            out.add(c.first());
            out.addAll(c.rest());
        } else if (e instanceof Expr.Logical l) {
            out.add(l.left());
            out.add(l.right());
        } else if (e instanceof Expr.Unary u) {
            out.add(u.operand());
        } else if (e instanceof Expr.Conditional c) {
            out.add(c.then());
            out.add(c.condition());
            out.add(c.otherwise());
        } else if (e instanceof Expr.Call c) {
            for (Argument a : c.args()) if (a instanceof Argument.Positional p) out.add(p.value());
        }
        return out;
    }

    static boolean sameRange(SourceRange a, SourceRange b) {
        return !a.isNone() && a.startOffset() == b.startOffset() && a.endOffset() == b.endOffset();
    }

    static Expr.Lambda lambda(List<String> params, Expr body) {
        List<Param> ps = new ArrayList<>();
        for (String p : params) ps.add(new Param(p, Optional.empty(), false, SourceRange.NONE));
        return new Expr.Lambda(ps, body, SourceRange.NONE);
    }

    static Expr name(String n) {
        return new Expr.Name(n, SourceRange.NONE);
    }

    /** {@code f(args)} written out: a lambda's body with its parameters replaced, or a call of a built-in. */
    static Expr apply(Expr f, List<Expr> args) {
        if (f instanceof Expr.Lambda l) {
            if (l.params().size() < args.size()) throw new NoGuess();
            Map<String, Expr> values = new HashMap<>();
            for (int i = 0; i < l.params().size(); i++) {
                Param p = l.params().get(i);
                if (p.variadic()) throw new NoGuess();
                if (i < args.size()) {
                    values.put(p.name(), args.get(i));
                } else {
                    // lambda x, v=v: ... keeps v's value from where the lambda was written
                    values.put(p.name(), p.defaultValue().orElseThrow(NoGuess::new));
                }
            }
            return ExprRewrite.substituteNames(l.body(), n -> Optional.ofNullable(values.get(n)));
        }
        if ((f instanceof Expr.Name n && SAFE_NAMES.contains(n.name()))
                || (f instanceof Expr.Attribute a && a.target() instanceof Expr.Name m && m.name().equals("math"))) {
            List<Argument> callArgs = new ArrayList<>();
            for (Expr a : args) callArgs.add(new Argument.Positional(a));
            return new Expr.Call(f, callArgs, SourceRange.NONE);
        }
        throw new NoGuess();
    }

    /** Tracr's comparisons read {@code key OP query}. */
    static Expr compare(Expr.CompareOp op) {
        return new Expr.Compare(name("k"), List.of(op), List.of(name("q")), SourceRange.NONE);
    }

    /** The ways of picking {@code k} of {@code items}, keeping their order. */
    static List<List<Expr>> choose(List<Expr> items, int k) {
        if (k == 0) return List.of(List.of());
        List<List<Expr>> out = new ArrayList<>();
        for (int i = 0; i + k <= items.size(); i++) {
            for (List<Expr> rest : choose(items.subList(i + 1, items.size()), k - 1)) {
                List<Expr> pick = new ArrayList<>();
                pick.add(items.get(i));
                pick.addAll(rest);
                out.add(pick);
            }
        }
        return out;
    }

    /** Built-in names that mean the same in .rasp and in Python (floor and ceil are printed as math.floor/ceil). */
    static final Set<String> SAFE_NAMES = Set.of("abs", "round", "int", "float", "str", "bool", "len", "min", "max",
            "sum", "any", "all", "sorted", "list", "tuple", "isinstance", "math", "range", "floor", "ceil");
}
