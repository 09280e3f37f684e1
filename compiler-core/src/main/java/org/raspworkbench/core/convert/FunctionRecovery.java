package org.raspworkbench.core.convert;

import static org.raspworkbench.core.convert.SyntaxShapes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr;

/**
 * A readable lambda for a map's or sequence map's function: its own lambda wherever it was written,
 * else one made from the text that made the node: the lambda given to {@code map}/{@code sequence_map},
 * or the operator expression Tracr's overloads lift ({@code length - indices - 1} becomes
 * {@code lambda x: x - 1} over {@code length - indices}), following maps that Tracr fused into this
 * one and calls to what they returned, with the names it reads written as their values. Only a
 * guess: {@link FunctionCheck} decides whether it is right.
 */
final class FunctionRecovery {
    private static final int MAX_DEPTH = 20;

    private final SourceIndex index;
    private final NodeText text;

    FunctionRecovery(SourceIndex index, NodeText text) {
        this.index = index;
        this.text = text;
    }

    List<Expr.Lambda> map(MapOp m) {
        return guess(m, m.fn(), List.of(m.inner()), List.of("x"), "map", 1);
    }

    List<Expr.Lambda> sequenceMap(SequenceMapOp m) {
        return guess(m, m.fn(), List.of(m.first(), m.second()), List.of("x", "y"), "sequence_map", 2);
    }

    /** Guesses, best first: one per way of telling a lifted operator's plain operands from its S-ops. */
    private List<Expr.Lambda> guess(SOp node, RaspFunction fn, List<SOp> children, List<String> defaultParams,
                                    String call, int arity) {
        List<Expr.Lambda> out = new ArrayList<>();
        text.asWritten(fn, arity).ifPresent(out::add);
        Optional<Expr> made = index.exprAt(node.range()).map(SyntaxShapes::unwrap);
        if (made.isEmpty()) {
            fn.lifted().flatMap(op -> fromOperator(op, defaultParams)).ifPresent(out::add);
            return out;
        }
        for (Expr e : text.withOperands(made.get(), fn, children)) {
            guess(e, node, fn, children, defaultParams, call, arity).ifPresent(out::add);
        }
        // last: the operator itself, for a node made by a library's text that is not in the file
        fn.lifted().flatMap(op -> fromOperator(op, defaultParams)).ifPresent(out::add);
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
                    for (int i = 0; i < arity; i++) direct &= text.refersTo(args.get(i + 1), children.get(i));
                    if (direct && (arity == 1 || children.get(0) != children.get(1))) {
                        return Optional.of(text.withValues(l, fn));
                    }
                    for (int i = 0; i < arity; i++) params.set(i, l.params().get(i).name());
                    if (params.stream().distinct().count() < arity) params = new ArrayList<>(defaultParams);
                }
            }
            Slots slots = new Slots(children, params);
            Expr body = perPosition(e, slots, node, 0);
            if (!slots.allUsed()) return Optional.empty();
            return Optional.of(text.withValues(lambda(params, body), fn));
        } catch (NoGuess | ExprPrinter.Unprintable unreadable) {
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
                Optional<RaspExpr> earlier = text.latestNamed(n.name(), node);
                if (earlier.isPresent() && (earlier.get() instanceof MapOp || earlier.get() instanceof SequenceMapOp)) {
                    // a map Tracr fused into this node (or a step on the way): inline what it computes, with its values
                    RaspFunction f = earlier.get() instanceof MapOp m ? m.fn() : ((SequenceMapOp) earlier.get()).fn();
                    Expr made = text.withOperands(unwrap(index.exprAt(earlier.get().range()).orElseThrow(NoGuess::new)), f,
                            List.of()).get(0);
                    Set<String> keep = new java.util.HashSet<>(bound);
                    keep.addAll(slots.params);
                    return Optional.of(text.resolved(perPosition(made, slots, node, depth + 1), f, keep));
                }
                if (index.constant(n.name()).isEmpty() && !SAFE_NAMES.contains(n.name()) && earlier.isEmpty()) {
                    return slots.nextFree(); // a parameter that holds the S-op, most likely
                }
            }
            if (x instanceof Expr.Call c && c.callee() instanceof Expr.Name f && !SAFE_NAMES.contains(f.name())) {
                // a call of the program's own function: what it returned is the last node the call made
                Optional<RaspExpr> made = text.madeBy(c, node);
                if (made.isPresent()) {
                    for (int i = 0; i < slots.children.size(); i++) {
                        if (slots.children.get(i).id() == made.get().id()) return slots.take(i);
                    }
                    if (made.get() instanceof MapOp || made.get() instanceof SequenceMapOp) {
                        RaspFunction g = made.get() instanceof MapOp m ? m.fn() : ((SequenceMapOp) made.get()).fn();
                        Expr returned = text.withOperands(unwrap(index.exprAt(made.get().range()).orElseThrow(NoGuess::new)),
                                g, List.of()).get(0);
                        Set<String> keep = new java.util.HashSet<>(bound);
                        keep.addAll(slots.params);
                        return Optional.of(text.resolved(perPosition(returned, slots, made.get(), depth + 1), g, keep));
                    }
                }
            }
            if (x instanceof Expr.Index i && i.target() instanceof Expr.Name n && !bound.contains(n.name())
                    && index.constant(n.name()).isEmpty() && text.latestNamed(n.name(), node).isEmpty()) {
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

    private Optional<Expr> matchSlot(Expr x, Slots slots) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < slots.children.size(); i++) {
                // the same S-op twice (x * x): the first operand is the first parameter
                if (pass == 0 && slots.used[i]) continue;
                if (text.refersTo(x, slots.children.get(i))) return slots.take(i);
            }
        }
        return Optional.empty();
    }

}
