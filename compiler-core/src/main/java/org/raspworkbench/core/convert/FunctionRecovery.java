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
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.value.Value;

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

    List<Expr.Lambda> map(MapOp m) {
        return guess(m, m.fn(), List.of(m.inner()), List.of("x"), "map", 1);
    }

    List<Expr.Lambda> sequenceMap(SequenceMapOp m) {
        return guess(m, m.fn(), List.of(m.first(), m.second()), List.of("x", "y"), "sequence_map", 2);
    }

    List<Expr.Lambda> predicate(Select s, RaspFunction fn) {
        Optional<Expr.Lambda> written = asWritten(fn, 2);
        if (written.isPresent()) return List.of(written.get());
        try {
            Expr e = unwrap(index.exprAt(s.range()).orElseThrow(NoGuess::new));
            // select(k, q, lambda key, query: ...) as written
            if (isCallOf(e, "select", "Select") && positional(e).size() == 3
                    && positional(e).get(2) instanceof Expr.Lambda l && simpleParams(l, 2)) {
                return List.of(withValues(l, fn));
            }
            Expr body = predicateBody(e, s, 0);
            return List.of(withValues(lambda(List.of("k", "q"), body), fn));
        } catch (NoGuess | ExprPrinter.Unprintable e) {
            return List.of();
        }
    }

    /** Guesses, best first: one per way of telling a lifted operator's plain operands from its S-ops. */
    private List<Expr.Lambda> guess(SOp node, RaspFunction fn, List<SOp> children, List<String> defaultParams,
                                    String call, int arity) {
        List<Expr.Lambda> out = new ArrayList<>();
        asWritten(fn, arity).ifPresent(out::add);
        Optional<Expr> made = index.exprAt(node.range()).map(FunctionRecovery::unwrap);
        if (made.isEmpty()) return out;
        for (Expr e : withOperands(made.get(), fn, children)) {
            guess(e, node, fn, children, defaultParams, call, arity).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Expr.Lambda> guess(Expr e, SOp node, RaspFunction fn, List<SOp> children, List<String> defaultParams,
                                        String call, int arity) {
        try {
            List<String> params = new ArrayList<>(defaultParams);
            // map(lambda t: ..., x) as written: keep the lambda's own parameter names
            if (isCallOf(e, call, call.equals("map") ? "Map" : "SequenceMap")) {
                List<Expr> args = positional(e);
                if (args.size() >= arity + 1 && args.get(0) instanceof Expr.Lambda l && simpleParams(l, arity)) {
                    boolean direct = true;
                    for (int i = 0; i < arity; i++) direct &= refersTo(args.get(i + 1), children.get(i));
                    if (direct && (arity == 1 || children.get(0) != children.get(1))) {
                        return Optional.of(withValues(l, fn));
                    }
                    for (int i = 0; i < arity; i++) params.set(i, l.params().get(i).name());
                    if (params.stream().distinct().count() < arity) params = new ArrayList<>(defaultParams);
                }
            }
            Slots slots = new Slots(children, params);
            Expr body = perPosition(e, slots, node, 0);
            if (!slots.allUsed()) return Optional.empty();
            return Optional.of(withValues(lambda(params, body), fn));
        } catch (NoGuess | ExprPrinter.Unprintable unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The program's own lambda (or one-line def), wherever it was written (a library's text too),
     * with parameters past {@code arity} (which keep their defaults) and free names read as the
     * values the function holds.
     */
    private Optional<Expr.Lambda> asWritten(RaspFunction fn, int arity) {
        if (!(fn instanceof org.raspworkbench.core.interpreter.PlainFunction pf)) return Optional.empty();
        Optional<Expr.Lambda> l = pf.asLambda();
        if (l.isEmpty() || l.get().params().size() < arity) return Optional.empty();
        List<Param> params = l.get().params();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.variadic() || (i < arity && p.defaultValue().isPresent()) || (i >= arity && p.defaultValue().isEmpty())) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(withValues(new Expr.Lambda(params.subList(0, arity), l.get().body(), SourceRange.NONE), fn));
        } catch (ExprPrinter.Unprintable e) {
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

        /** For an operand no rule resolves: the next slot still free (operands come in the children's order). */
        Optional<Expr> nextFree() {
            for (int i = 0; i < used.length; i++) if (!used[i]) return take(i);
            return Optional.empty();
        }
    }

    /** The per-position value of an S-op expression, in terms of the slots' parameters. */
    private Expr perPosition(Expr e, Slots slots, RaspExpr node, int depth) {
        if (depth > MAX_DEPTH) throw new NoGuess();
        return ExprRewrite.rewrite(e, (x, bound) -> {
            if (x instanceof Expr.Lambda) return Optional.of(x); // a function value, not per-position data
            if (x instanceof Expr.Literal) return Optional.of(x);
            // the node's own text never stands for a child, even one the same text made before (in a loop)
            boolean own = sameRange(x.range(), node.range());
            Optional<Expr> slot = own ? Optional.empty() : matchSlot(x, slots);
            if (slot.isPresent()) return slot;
            Expr inner = unwrap(x);
            if (inner != x) return Optional.of(perPosition(inner, slots, node, depth + 1));
            Optional<Expr> overload = tracrOverload(x, slots, node, depth);
            if (overload.isPresent()) return overload;
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
                    // a map Tracr fused into this node (or a step on the way): inline what it computes, with its values
                    RaspFunction f = earlier.get() instanceof MapOp m ? m.fn() : ((SequenceMapOp) earlier.get()).fn();
                    Expr made = withOperands(unwrap(index.exprAt(earlier.get().range()).orElseThrow(NoGuess::new)), f,
                            List.of()).get(0);
                    Set<String> keep = new java.util.HashSet<>(bound);
                    keep.addAll(slots.params);
                    return Optional.of(resolved(perPosition(made, slots, node, depth + 1), f, keep));
                }
                if (index.constant(n.name()).isEmpty() && !SAFE_NAMES.contains(n.name()) && earlier.isEmpty()) {
                    return slots.nextFree(); // a parameter that holds the S-op, most likely
                }
            }
            if (x instanceof Expr.Call c && c.callee() instanceof Expr.Name f && !SAFE_NAMES.contains(f.name())) {
                // a call of the program's own function: what it returned is the last node the call made
                Optional<RaspExpr> made = madeBy(c, node);
                if (made.isPresent()) {
                    for (int i = 0; i < slots.children.size(); i++) {
                        if (slots.children.get(i).id() == made.get().id()) return slots.take(i);
                    }
                    if (made.get() instanceof MapOp || made.get() instanceof SequenceMapOp) {
                        RaspFunction g = made.get() instanceof MapOp m ? m.fn() : ((SequenceMapOp) made.get()).fn();
                        Expr text = withOperands(unwrap(index.exprAt(made.get().range()).orElseThrow(NoGuess::new)), g,
                                List.of()).get(0);
                        Set<String> keep = new java.util.HashSet<>(bound);
                        keep.addAll(slots.params);
                        return Optional.of(resolved(perPosition(text, slots, made.get(), depth + 1), g, keep));
                    }
                }
            }
            if (x instanceof Expr.Index i && i.target() instanceof Expr.Name n && !bound.contains(n.name())
                    && index.constant(n.name()).isEmpty() && latestNamed(n.name(), node).isEmpty()) {
                return slots.nextFree(); // detectors[j]: an S-op picked from a list
            }
            return Optional.empty();
        });
    }

    /**
     * Tracr's overloads of {@code ~}, {@code &} and {@code |} on S-ops are Python's {@code not},
     * {@code and} and {@code or} per position ({@code c | x} is {@code x or c}, as Tracr's
     * {@code __ror__} has it), not the bitwise operators they are on plain values.
     */
    private Optional<Expr> tracrOverload(Expr x, Slots slots, RaspExpr node, int depth) {
        if (x instanceof Expr.Unary u && u.op() == Expr.UnaryOp.INVERT) {
            Expr operand = perPosition(u.operand(), slots, node, depth + 1);
            if (!readsSlot(operand, slots)) return Optional.empty();
            return Optional.of(new Expr.Unary(Expr.UnaryOp.NOT, operand, SourceRange.NONE));
        }
        if (x instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.BITAND || b.op() == Expr.BinaryOp.BITOR)) {
            Expr left = perPosition(b.left(), slots, node, depth + 1);
            Expr right = perPosition(b.right(), slots, node, depth + 1);
            boolean l = readsSlot(left, slots);
            boolean r = readsSlot(right, slots);
            if (!l && !r) return Optional.empty();
            if (b.op() == Expr.BinaryOp.BITAND) return Optional.of(new Expr.Logical(Expr.LogicalOp.AND, left, right, SourceRange.NONE));
            return Optional.of(l ? new Expr.Logical(Expr.LogicalOp.OR, left, right, SourceRange.NONE)
                    : new Expr.Logical(Expr.LogicalOp.OR, right, left, SourceRange.NONE));
        }
        return Optional.empty();
    }

    private static boolean readsSlot(Expr e, Slots slots) {
        Set<String> free = ExprRewrite.freeNames(e);
        return slots.params.stream().anyMatch(free::contains);
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

    private static boolean sameRange(SourceRange a, SourceRange b) {
        return !a.isNone() && a.startOffset() == b.startOffset() && a.endOffset() == b.endOffset();
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
        if (!r.isNone() && index.text(r).equals(n.name())) return true;
        return assignedNode(n.name(), child);
    }

    /** Whether {@code name} was assigned an expression that made {@code node} (x = named(map(...), "y")). */
    private boolean assignedNode(String name, RaspExpr node) {
        for (Expr value : index.assignedTo(name)) {
            for (Expr e = value; ; ) {
                if (sameRange(e.range(), node.range())) return true;
                Expr inner = unwrapOnce(e);
                if (inner == e) break;
                e = inner;
            }
        }
        return false;
    }

    /** {@code rasp.tokens} reads as {@code tokens}. */
    private static Expr unwrapAttribute(Expr x) {
        if (x instanceof Expr.Attribute a && a.target() instanceof Expr.Name m && m.name().equals("rasp")) {
            return new Expr.Name(a.name(), a.range());
        }
        return x;
    }

    /** The last node created inside the call {@code c} (its result, for a function that returns an S-op). */
    private Optional<RaspExpr> madeBy(Expr.Call c, RaspExpr before) {
        RaspExpr best = null;
        for (RaspExpr n : program.nodes()) {
            if (n.id() >= before.id() || (best != null && n.id() < best.id())) continue;
            for (org.raspworkbench.core.rasp.CallSite site : program.origin(n).calls()) {
                if (sameRange(site.range(), c.range())) {
                    best = n;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The node last named {@code name} by an assignment before {@code before} was created. */
    private Optional<RaspExpr> latestNamed(String name, RaspExpr before) {
        RaspExpr best = null;
        for (RaspExpr n : byNameText.getOrDefault(name, List.of())) {
            if (n.id() < before.id() && (best == null || n.id() > best.id())) best = n;
        }
        if (!index.assignedTo(name).isEmpty()) {
            for (RaspExpr n : program.nodes()) {
                if (n.id() < before.id() && (best == null || n.id() > best.id()) && assignedNode(name, n)) best = n;
            }
            // x = f(...): what the call returned
            for (Expr value : index.assignedTo(name)) {
                if (unwrap(value) instanceof Expr.Call c && c.callee() instanceof Expr.Name) {
                    Optional<RaspExpr> made = madeBy(c, before);
                    if (made.isPresent() && (best == null || made.get().id() > best.id())) best = made.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Annotations and names do not change what is computed: {@code numerical(x)}, {@code x.named("n")}. */
    private static Expr unwrap(Expr e) {
        for (Expr inner = unwrapOnce(e); inner != e; inner = unwrapOnce(e)) e = inner;
        return e;
    }

    private static Expr unwrapOnce(Expr e) {
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

    /** The lambda with the free names it reads written as the values they hold (the function's own, else constants). */
    private Expr.Lambda withValues(Expr.Lambda l, RaspFunction fn) {
        return (Expr.Lambda) resolved(l, fn, Set.of());
    }

    private Expr resolved(Expr e, RaspFunction fn, Set<String> boundOutside) {
        return ExprRewrite.substituteNames(e, n -> {
            if (boundOutside.contains(n) || SAFE_NAMES.contains(n)) return Optional.empty();
            Optional<Expr> own = fn.valueOf(n).filter(FunctionRecovery::literal)
                    .map(v -> new Expr.Literal(v, SourceRange.NONE));
            return own.isPresent() ? own : index.constant(n);
        });
    }

    /** Values that read back from their literal as the same value, and that nothing can change. */
    private static boolean literal(Value v) {
        if (v instanceof org.raspworkbench.core.value.TupleValue t) return t.items().stream().allMatch(FunctionRecovery::literal);
        return v instanceof org.raspworkbench.core.value.NumericValue || v instanceof org.raspworkbench.core.value.StrValue
                || v instanceof org.raspworkbench.core.value.NoneValue;
    }

    /**
     * An operator lifted over S-ops with its plain operands written as the values they had
     * ({@code sop == pattern[i]} becomes {@code sop == 'c'}): the operands that are not S-ops, in
     * order, take the function's recorded operands. Where the text does not tell which operands
     * are S-ops, one variant per way of choosing them; the check keeps the right one.
     */
    private List<Expr> withOperands(Expr e, RaspFunction fn, List<SOp> children) {
        List<Value> values = fn.liftedOperands();
        if (values.isEmpty() || !values.stream().allMatch(FunctionRecovery::literal)) return List.of(e);
        List<Expr> plain = operands(e).stream().filter(o -> !isSOp(o, children)).toList();
        if (plain.size() < values.size() || plain.size() > 4) return List.of(e);
        List<Expr> out = new ArrayList<>();
        List<List<Expr>> ways = new ArrayList<>(choose(plain, values.size()));
        java.util.Collections.reverse(ways); // the last operands first: x == c is written more often than c == x
        for (List<Expr> chosen : ways) {
            Map<Expr, Expr> replace = new java.util.IdentityHashMap<>();
            for (int i = 0; i < chosen.size(); i++) replace.put(chosen.get(i), new Expr.Literal(values.get(i), SourceRange.NONE));
            out.add(ExprRewrite.rewrite(e, (x, bound) -> Optional.ofNullable(replace.get(x))));
        }
        out.add(e);
        return out;
    }

    /** The ways of picking {@code k} of {@code items}, keeping their order. */
    private static List<List<Expr>> choose(List<Expr> items, int k) {
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

    private static List<Expr> operands(Expr e) {
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

    /** Whether an operand is (most likely) an S-op: a node's text, a child, a name a node was given, a built-in. */
    private boolean isSOp(Expr x, List<SOp> children) {
        for (SOp c : children) if (refersTo(x, c)) return true;
        Expr inner = unwrapAttribute(unwrap(x));
        if (inner instanceof Expr.Name n) {
            return Set.of("tokens", "indices", "length").contains(n.name()) || byNameText.containsKey(n.name());
        }
        for (RaspExpr node : program.nodes()) {
            if (!node.range().isNone() && node.range().startOffset() == x.range().startOffset()
                    && node.range().endOffset() == x.range().endOffset()) {
                return true;
            }
        }
        return false;
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
