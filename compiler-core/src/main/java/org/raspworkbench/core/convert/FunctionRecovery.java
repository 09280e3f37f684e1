package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;

/**
 * A readable lambda for a node's function, guessed from the text that made the node: the lambda
 * given to {@code map}/{@code sequence_map}/{@code select}, or the operator expression Tracr's
 * overloads lift ({@code length - indices - 1} becomes {@code lambda x: x - 1} over
 * {@code length - indices}), following maps that Tracr fused into this one, and with names bound
 * once to a literal inlined. Only a guess: {@link FunctionCheck} decides whether it is right.
 */
final class FunctionRecovery {
    private static final int MAX_DEPTH = 20;

    /** Aborts a guess. */
    private static final class NoGuess extends RuntimeException {
        NoGuess() {
            super(null, null, false, false);
        }
    }

    private final SourceIndex index;
    private final RaspProgram program;
    /** Nodes by the text of the variable an assignment named them with. */
    private final Map<String, List<RaspExpr>> byNameText = new HashMap<>();

    FunctionRecovery(SourceIndex index, RaspProgram program) {
        this.index = index;
        this.program = program;
        for (RaspExpr node : program.nodes()) {
            SourceRange r = program.origin(node).nameRange();
            if (!r.isNone()) byNameText.computeIfAbsent(index.text(r), k -> new ArrayList<>()).add(node);
        }
    }

    Optional<Expr.Lambda> map(MapOp m) {
        return guess(m, List.of(m.inner()), List.of("x"), "map", 1);
    }

    Optional<Expr.Lambda> sequenceMap(SequenceMapOp m) {
        return guess(m, List.of(m.first(), m.second()), List.of("x", "y"), "sequence_map", 2);
    }

    Optional<Expr.Lambda> predicate(Select s) {
        try {
            Expr e = unwrap(index.exprAt(s.range()).orElseThrow(NoGuess::new));
            // select(k, q, lambda key, query: ...) as written
            if (isCallOf(e, "select", "Select") && positional(e).size() == 3
                    && positional(e).get(2) instanceof Expr.Lambda l && simpleParams(l, 2)) {
                return Optional.of(withConstants(l));
            }
            Expr body = predicateBody(e, s, 0);
            return Optional.of(withConstants(lambda(List.of("k", "q"), body)));
        } catch (NoGuess | ExprPrinter.Unprintable e) {
            return Optional.empty();
        }
    }

    private Optional<Expr.Lambda> guess(SOp node, List<SOp> children, List<String> defaultParams, String call, int arity) {
        try {
            Expr e = unwrap(index.exprAt(node.range()).orElseThrow(NoGuess::new));
            List<String> params = new ArrayList<>(defaultParams);
            // map(lambda t: ..., x) as written: keep the lambda's own parameter names
            if (isCallOf(e, call, call.equals("map") ? "Map" : "SequenceMap")) {
                List<Expr> args = positional(e);
                if (args.size() >= arity + 1 && args.get(0) instanceof Expr.Lambda l && simpleParams(l, arity)) {
                    boolean direct = true;
                    for (int i = 0; i < arity; i++) direct &= refersTo(args.get(i + 1), children.get(i));
                    if (direct && (arity == 1 || children.get(0) != children.get(1))) {
                        return Optional.of(withConstants(l));
                    }
                    for (int i = 0; i < arity; i++) params.set(i, l.params().get(i).name());
                    if (params.stream().distinct().count() < arity) params = new ArrayList<>(defaultParams);
                }
            }
            Slots slots = new Slots(children, params);
            Expr body = perPosition(e, slots, node, 0);
            if (!slots.allUsed()) return Optional.empty();
            return Optional.of(withConstants(lambda(params, body)));
        } catch (NoGuess | ExprPrinter.Unprintable e) {
            return Optional.empty();
        }
    }

    /** The children of the node being guessed, each standing for one parameter. */
    private static final class Slots {
        final List<SOp> children;
        final List<String> params;
        final boolean[] used;

        Slots(List<SOp> children, List<String> params) {
            this.children = children;
            this.params = params;
            this.used = new boolean[children.size()];
        }

        boolean allUsed() {
            for (boolean u : used) if (!u) return false;
            return true;
        }

        Optional<Expr> take(int i) {
            used[i] = true;
            return Optional.of(name(params.get(i)));
        }

        /** For an operand no rule resolves: the one slot still free, if there is exactly one. */
        Optional<Expr> onlyFree() {
            int free = -1;
            for (int i = 0; i < used.length; i++) {
                if (!used[i]) {
                    if (free >= 0) return Optional.empty();
                    free = i;
                }
            }
            return free < 0 ? Optional.empty() : take(free);
        }
    }

    /** The per-position value of an S-op expression, in terms of the slots' parameters. */
    private Expr perPosition(Expr e, Slots slots, SOp node, int depth) {
        if (depth > MAX_DEPTH) throw new NoGuess();
        return ExprRewrite.rewrite(e, (x, bound) -> {
            if (x instanceof Expr.Lambda) return Optional.of(x); // a function value, not per-position data
            Optional<Expr> slot = matchSlot(x, slots);
            if (slot.isPresent()) return slot;
            Expr inner = unwrap(x);
            if (inner != x) return Optional.of(perPosition(inner, slots, node, depth + 1));
            if (isCallOf(x, "map", "Map")) {
                List<Expr> args = positional(x);
                if (args.size() < 2) throw new NoGuess();
                return Optional.of(apply(args.get(0), List.of(perPosition(args.get(1), slots, node, depth + 1))));
            }
            if (isCallOf(x, "sequence_map", "SequenceMap")) {
                List<Expr> args = positional(x);
                if (args.size() != 3) throw new NoGuess();
                Expr a = perPosition(args.get(1), slots, node, depth + 1);
                Expr b = perPosition(args.get(2), slots, node, depth + 1);
                return Optional.of(apply(args.get(0), List.of(a, b)));
            }
            if (x instanceof Expr.Name n && !bound.contains(n.name())) {
                Optional<RaspExpr> earlier = latestNamed(n.name(), node);
                if (earlier.isPresent() && (earlier.get() instanceof MapOp || earlier.get() instanceof SequenceMapOp)) {
                    // a map Tracr fused into this node (or a step on the way): inline what it computes
                    Expr made = unwrap(index.exprAt(earlier.get().range()).orElseThrow(NoGuess::new));
                    return Optional.of(perPosition(made, slots, node, depth + 1));
                }
                if (index.constant(n.name()).isEmpty() && !SAFE_NAMES.contains(n.name()) && earlier.isEmpty()) {
                    return slots.onlyFree(); // a parameter that holds the S-op, most likely
                }
            }
            return Optional.empty();
        });
    }

    /** The predicate of a select (or of selects Tracr folded into one) as an expression of {@code k}, {@code q}. */
    private Expr predicateBody(Expr e, Select s, int depth) {
        if (depth > MAX_DEPTH) throw new NoGuess();
        e = unwrap(e);
        if (isCallOf(e, "select", "Select")) {
            if (e instanceof Expr.Call c && c.args().size() == 3) {
                Argument p = c.args().get(2);
                if (p instanceof Argument.Operator o) return compare(o.op());
                if (p instanceof Argument.Positional pos) return predicateFunction(pos.value());
            }
            throw new NoGuess();
        }
        if (e instanceof Expr.Logical l) {
            return new Expr.Logical(l.op(), predicateBody(l.left(), s, depth + 1), predicateBody(l.right(), s, depth + 1),
                    SourceRange.NONE);
        }
        if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.BITAND || b.op() == Expr.BinaryOp.BITOR)) {
            Expr.LogicalOp op = b.op() == Expr.BinaryOp.BITAND ? Expr.LogicalOp.AND : Expr.LogicalOp.OR;
            return new Expr.Logical(op, predicateBody(b.left(), s, depth + 1), predicateBody(b.right(), s, depth + 1),
                    SourceRange.NONE);
        }
        if (e instanceof Expr.Unary u && (u.op() == Expr.UnaryOp.NOT || u.op() == Expr.UnaryOp.INVERT)) {
            return new Expr.Unary(Expr.UnaryOp.NOT, predicateBody(u.operand(), s, depth + 1), SourceRange.NONE);
        }
        if (e instanceof Expr.Call c && (isCallOf(c, "selector_and", "selector_and") || isCallOf(c, "selector_or", "selector_or"))
                && positional(c).size() == 2) {
            Expr.LogicalOp op = isCallOf(c, "selector_and", "selector_and") ? Expr.LogicalOp.AND : Expr.LogicalOp.OR;
            return new Expr.Logical(op, predicateBody(positional(c).get(0), s, depth + 1),
                    predicateBody(positional(c).get(1), s, depth + 1), SourceRange.NONE);
        }
        if (e instanceof Expr.Call c && isCallOf(c, "selector_not", "selector_not") && positional(c).size() == 1) {
            return new Expr.Unary(Expr.UnaryOp.NOT, predicateBody(positional(c).get(0), s, depth + 1), SourceRange.NONE);
        }
        if (e instanceof Expr.Name n) {
            Optional<RaspExpr> earlier = latestNamed(n.name(), s);
            if (earlier.isPresent() && earlier.get() instanceof Select named) {
                return predicateBody(index.exprAt(named.range()).orElseThrow(NoGuess::new), s, depth + 1);
            }
        }
        throw new NoGuess();
    }

    private Expr predicateFunction(Expr p) {
        if (p instanceof Expr.Literal) return p; // True / False
        if (p instanceof Expr.Attribute a && a.target() instanceof Expr.Attribute c && c.name().equals("Comparison")) {
            for (Expr.CompareOp op : Expr.CompareOp.values()) {
                if (op.name().equals(a.name())) return compare(op);
            }
            if (a.name().equals("TRUE") || a.name().equals("FALSE")) {
                return new Expr.Literal(org.raspworkbench.core.value.BoolValue.of(a.name().equals("TRUE")), SourceRange.NONE);
            }
            throw new NoGuess();
        }
        return apply(p, List.of(name("k"), name("q")));
    }

    /** Tracr's comparisons read {@code key OP query}. */
    private static Expr compare(Expr.CompareOp op) {
        return new Expr.Compare(name("k"), List.of(op), List.of(name("q")), SourceRange.NONE);
    }

    /** {@code f(args)} written out: a lambda's body with its parameters replaced, or a call of a built-in. */
    private Expr apply(Expr f, List<Expr> args) {
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

    private Optional<Expr> matchSlot(Expr x, Slots slots) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < slots.children.size(); i++) {
                // the same S-op twice (x * x): the first operand is the first parameter
                if (pass == 0 && slots.used[i]) continue;
                if (refersTo(x, slots.children.get(i))) return slots.take(i);
            }
        }
        return Optional.empty();
    }

    /** Whether the expression is the S-op: written right there, or a variable the S-op was named by. */
    private boolean refersTo(Expr x, SOp child) {
        if (!child.range().isNone() && x.range().startOffset() == child.range().startOffset()
                && x.range().endOffset() == child.range().endOffset() && !x.range().isNone()) {
            return true;
        }
        Expr inner = unwrapAttribute(x);
        if (!(inner instanceof Expr.Name n)) return false;
        if (child instanceof TokensOp) return n.name().equals("tokens");
        if (child instanceof IndicesOp) return n.name().equals("indices");
        if (n.name().equals(child.name())) return true;
        SourceRange r = program.origin(child).nameRange();
        return !r.isNone() && index.text(r).equals(n.name());
    }

    /** {@code rasp.tokens} reads as {@code tokens}. */
    private static Expr unwrapAttribute(Expr x) {
        if (x instanceof Expr.Attribute a && a.target() instanceof Expr.Name m && m.name().equals("rasp")) {
            return new Expr.Name(a.name(), a.range());
        }
        return x;
    }

    /** The node last named {@code name} by an assignment before {@code before} was created. */
    private Optional<RaspExpr> latestNamed(String name, RaspExpr before) {
        RaspExpr best = null;
        for (RaspExpr n : byNameText.getOrDefault(name, List.of())) {
            if (n.id() < before.id() && (best == null || n.id() > best.id())) best = n;
        }
        return Optional.ofNullable(best);
    }

    /** Annotations and names do not change what is computed: {@code numerical(x)}, {@code x.named("n")}. */
    private static Expr unwrap(Expr e) {
        while (true) {
            if (e instanceof Expr.Call c) {
                List<Expr> args = positional(c);
                if (c.callee() instanceof Expr.Attribute a && (a.name().equals("named") || a.name().equals("annotated"))) {
                    e = a.target();
                    continue;
                }
                if ((isCallOf(c, "numerical", "numerical") || isCallOf(c, "categorical", "categorical")) && args.size() == 1) {
                    e = args.get(0);
                    continue;
                }
                if (isCallOf(c, "named", "named") && args.size() == 2) {
                    e = args.get(0);
                    continue;
                }
            }
            return e;
        }
    }

    /** A call of {@code name(...)} in .rasp or {@code rasp.tracrName(...)} in Tracr Python. */
    private static boolean isCallOf(Expr e, String name, String tracrName) {
        if (!(e instanceof Expr.Call c)) return false;
        if (c.callee() instanceof Expr.Name n) return n.name().equals(name) || n.name().equals(tracrName);
        return c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Name m
                && (m.name().equals("rasp") || m.name().equals("lib")) && (a.name().equals(tracrName) || a.name().equals(name));
    }

    private static List<Expr> positional(Expr e) {
        List<Expr> out = new ArrayList<>();
        for (Argument a : ((Expr.Call) e).args()) {
            if (a instanceof Argument.Positional p) out.add(p.value());
        }
        return out;
    }

    private static boolean simpleParams(Expr.Lambda l, int arity) {
        if (l.params().size() != arity) return false;
        return l.params().stream().noneMatch(p -> p.variadic() || p.defaultValue().isPresent());
    }

    private Expr.Lambda withConstants(Expr.Lambda l) {
        return (Expr.Lambda) ExprRewrite.substituteNames(l, index::constant);
    }

    private static Expr.Lambda lambda(List<String> params, Expr body) {
        List<Param> ps = new ArrayList<>();
        for (String p : params) ps.add(new Param(p, Optional.empty(), false, SourceRange.NONE));
        return new Expr.Lambda(ps, body, SourceRange.NONE);
    }

    private static Expr name(String n) {
        return new Expr.Name(n, SourceRange.NONE);
    }

    /** Built-in names that mean the same in .rasp and in Python (floor and ceil are printed as math.floor/ceil). */
    static final Set<String> SAFE_NAMES = Set.of("abs", "round", "int", "float", "str", "bool", "len", "min", "max",
            "sum", "any", "all", "sorted", "list", "tuple", "isinstance", "math", "range", "floor", "ceil");
}
