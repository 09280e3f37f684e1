package org.raspworkbench.core.convert;

import static org.raspworkbench.core.convert.SyntaxShapes.*;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.Expr;

/**
 * A readable predicate for a select: the lambda given to it, or for a select Tracr folded from
 * several ({@code same and earlier}, {@code ~s}, {@code selector_or(a, b)}) the comparisons and
 * lambdas of its parts combined with {@code and}, {@code or}, {@code not}, over {@code k} and
 * {@code q}. A guess for {@link FunctionCheck}.
 */
final class PredicateRecovery {
    private static final int MAX_DEPTH = 20;

    private final SourceIndex index;
    private final NodeText text;

    PredicateRecovery(SourceIndex index, NodeText text) {
        this.index = index;
        this.text = text;
    }

    List<Expr.Lambda> predicate(Select s, RaspFunction fn) {
        Optional<Expr.Lambda> written = text.asWritten(fn, 2);
        if (written.isPresent()) return List.of(written.get());
        try {
            Expr e = unwrap(index.exprAt(s.range()).orElseThrow(NoGuess::new));
            // select(k, q, lambda key, query: ...) as written
            if (isCallOf(e, "select", "Select") && positional(e).size() == 3
                    && positional(e).get(2) instanceof Expr.Lambda l && simpleParams(l, 2)) {
                return List.of(text.withValues(l, fn));
            }
            Expr body = predicateBody(e, s, 0);
            return List.of(text.withValues(lambda(List.of("k", "q"), body), fn));
        } catch (NoGuess | ExprPrinter.Unprintable e) {
            return List.of();
        }
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
            Optional<RaspExpr> earlier = text.latestNamed(n.name(), s);
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
}
