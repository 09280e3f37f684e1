package org.raspworkbench.core.convert;

import static org.raspworkbench.core.convert.SyntaxShapes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.value.Value;

/**
 * The program's text and its nodes looked up against each other: whether an expression stands for a
 * node (written there, or a variable that was named by it, assigned it, or got it from a call), the
 * node a variable held last, the function's own lambda wherever it was written, and the values the
 * names of a lambda hold ({@link RaspFunction#valueOf}, lifted operands, constants of the text).
 */
final class NodeText {
    private final SourceIndex index;
    private final RaspProgram program;
    /** Nodes by the text of the variable an assignment named them with. */
    private final Map<String, List<RaspExpr>> byNameText = new HashMap<>();

    NodeText(SourceIndex index, RaspProgram program) {
        this.index = index;
        this.program = program;
        for (RaspExpr node : program.nodes()) {
            SourceRange r = program.origin(node).nameRange();
            if (!r.isNone()) byNameText.computeIfAbsent(index.text(r), k -> new ArrayList<>()).add(node);
        }
    }

    /** Whether the expression is the S-op: written right there, or a variable the S-op was named by. */
    boolean refersTo(Expr x, SOp child) {
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
    boolean assignedNode(String name, RaspExpr node) {
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

    /** The last node created inside the call {@code c} (its result, for a function that returns an S-op). */
    Optional<RaspExpr> madeBy(Expr.Call c, RaspExpr before) {
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
    Optional<RaspExpr> latestNamed(String name, RaspExpr before) {
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

    /** Whether an operand is (most likely) an S-op: a node's text, a child, a name a node was given, a built-in. */
    boolean isSOp(Expr x, List<SOp> children) {
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

    /** The lambda with the free names it reads written as the values they hold (the function's own, else constants). */
    Expr.Lambda withValues(Expr.Lambda l, RaspFunction fn) {
        return (Expr.Lambda) resolved(l, fn, Set.of());
    }

    Expr resolved(Expr e, RaspFunction fn, Set<String> boundOutside) {
        return ExprRewrite.substituteNames(e, n -> {
            if (boundOutside.contains(n) || SAFE_NAMES.contains(n)) return Optional.empty();
            Optional<Expr> own = fn.valueOf(n).filter(NodeText::literal)
                    .map(v -> new Expr.Literal(v, SourceRange.NONE));
            return own.isPresent() ? own : index.constant(n);
        });
    }

    /** Values that read back from their literal as the same value, and that nothing can change. */
    static boolean literal(Value v) {
        if (v instanceof org.raspworkbench.core.value.TupleValue t) return t.items().stream().allMatch(NodeText::literal);
        return v instanceof org.raspworkbench.core.value.NumericValue || v instanceof org.raspworkbench.core.value.StrValue
                || v instanceof org.raspworkbench.core.value.NoneValue;
    }

    /**
     * An operator lifted over S-ops with its plain operands written as the values they had
     * ({@code sop == pattern[i]} becomes {@code sop == 'c'}): the operands that are not S-ops, in
     * order, take the function's recorded operands. Where the text does not tell which operands
     * are S-ops, one variant per way of choosing them; the check keeps the right one.
     */
    List<Expr> withOperands(Expr e, RaspFunction fn, List<SOp> children) {
        List<Value> values = fn.liftedOperands();
        if (values.isEmpty() || !values.stream().allMatch(NodeText::literal)) return List.of(e);
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

    /**
     * The program's own lambda (or one-line def), wherever it was written (a library's text too),
     * with parameters past {@code arity} (which keep their defaults) and free names read as the
     * values the function holds.
     */
    Optional<Expr.Lambda> asWritten(RaspFunction fn, int arity) {
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
}
