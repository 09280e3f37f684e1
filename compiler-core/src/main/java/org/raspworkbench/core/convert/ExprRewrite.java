package org.raspworkbench.core.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.CompClause;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;

/**
 * Rebuilds an expression with some parts replaced: a rule sees every sub-expression with the names
 * bound around it (lambda parameters, comprehension variables) and may return its replacement, which
 * is then not descended into. Also lists an expression's free names. Throws
 * {@link ExprPrinter.Unprintable} on a form it does not know.
 */
final class ExprRewrite {
    /** What to put in place of {@code e}, given the names bound where it stands; empty to keep it. */
    @FunctionalInterface
    interface Rule {
        Optional<Expr> replace(Expr e, Set<String> bound);
    }

    private ExprRewrite() {
    }

    /** Replaces the free occurrences of names: {@code values} gives the replacement of a name, if any. */
    static Expr substituteNames(Expr e, java.util.function.Function<String, Optional<Expr>> values) {
        return rewrite(e, (x, bound) -> x instanceof Expr.Name n && !bound.contains(n.name())
                ? values.apply(n.name()) : Optional.empty());
    }

    static Expr rewrite(Expr e, Rule rule) {
        return walk(e, rule, Set.of());
    }

    /** The names an expression reads but does not bind, in order of first use. */
    static Set<String> freeNames(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        rewrite(e, (x, bound) -> {
            if (x instanceof Expr.Name n && !bound.contains(n.name())) out.add(n.name());
            return Optional.empty();
        });
        return out;
    }

    private static Expr walk(Expr e, Rule rule, Set<String> bound) {
        Optional<Expr> replaced = rule.replace(e, bound);
        if (replaced.isPresent()) return replaced.get();
        if (e instanceof Expr.Name || e instanceof Expr.Literal) return e;
        if (e instanceof Expr.Display d) return new Expr.Display(d.kind(), all(d.items(), rule, bound), d.range());
        if (e instanceof Expr.DictDisplay d) {
            List<Expr.DictEntry> entries = new ArrayList<>();
            for (Expr.DictEntry entry : d.entries()) {
                entries.add(new Expr.DictEntry(walk(entry.key(), rule, bound), walk(entry.value(), rule, bound)));
            }
            return new Expr.DictDisplay(entries, d.range());
        }
        if (e instanceof Expr.Comprehension c) {
            Clauses cl = clauses(c.clauses(), rule, bound);
            return new Expr.Comprehension(c.kind(), walk(c.element(), rule, cl.inner()), cl.clauses(), c.range());
        }
        if (e instanceof Expr.DictComprehension c) {
            Clauses cl = clauses(c.clauses(), rule, bound);
            return new Expr.DictComprehension(walk(c.key(), rule, cl.inner()), walk(c.value(), rule, cl.inner()),
                    cl.clauses(), c.range());
        }
        if (e instanceof Expr.Unary u) return new Expr.Unary(u.op(), walk(u.operand(), rule, bound), u.range());
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), walk(b.left(), rule, bound), walk(b.right(), rule, bound), b.range());
        }
        if (e instanceof Expr.Logical l) {
            return new Expr.Logical(l.op(), walk(l.left(), rule, bound), walk(l.right(), rule, bound), l.range());
        }
        if (e instanceof Expr.Compare c) {
            return new Expr.Compare(walk(c.first(), rule, bound), c.ops(), all(c.rest(), rule, bound), c.range());
        }
        if (e instanceof Expr.Conditional c) {
            return new Expr.Conditional(walk(c.then(), rule, bound), walk(c.condition(), rule, bound),
                    walk(c.otherwise(), rule, bound), c.range());
        }
        if (e instanceof Expr.Lambda l) {
            List<Param> params = new ArrayList<>();
            Set<String> inner = new HashSet<>(bound);
            for (Param p : l.params()) {
                params.add(new Param(p.name(), p.defaultValue().map(d -> walk(d, rule, bound)), p.variadic(), p.range()));
                inner.add(p.name());
            }
            return new Expr.Lambda(params, walk(l.body(), rule, inner), l.range());
        }
        if (e instanceof Expr.Call c) {
            List<Argument> args = new ArrayList<>();
            for (Argument a : c.args()) {
                if (a instanceof Argument.Positional p) {
                    args.add(new Argument.Positional(walk(p.value(), rule, bound)));
                } else if (a instanceof Argument.Keyword k) {
                    args.add(new Argument.Keyword(k.name(), walk(k.value(), rule, bound), k.range()));
                } else if (a instanceof Argument.Star s) {
                    args.add(new Argument.Star(walk(s.value(), rule, bound), s.range()));
                } else {
                    args.add(a);
                }
            }
            return new Expr.Call(walk(c.callee(), rule, bound), args, c.range());
        }
        if (e instanceof Expr.Index i) {
            return new Expr.Index(walk(i.target(), rule, bound), walk(i.index(), rule, bound), i.range());
        }
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(walk(a.target(), rule, bound), a.name(), a.range());
        if (e instanceof Expr.Slice s) {
            return new Expr.Slice(walk(s.target(), rule, bound), s.lower().map(x -> walk(x, rule, bound)),
                    s.upper().map(x -> walk(x, rule, bound)), s.step().map(x -> walk(x, rule, bound)), s.range());
        }
        throw new ExprPrinter.Unprintable(e.getClass().getSimpleName());
    }

    private static List<Expr> all(List<Expr> items, Rule rule, Set<String> bound) {
        List<Expr> out = new ArrayList<>(items.size());
        for (Expr item : items) out.add(walk(item, rule, bound));
        return out;
    }

    private record Clauses(List<CompClause> clauses, Set<String> inner) {
    }

    /** A comprehension's first iterable is read outside it; each later part sees the variables before it. */
    private static Clauses clauses(List<CompClause> clauses, Rule rule, Set<String> bound) {
        List<CompClause> out = new ArrayList<>();
        Set<String> inner = new HashSet<>(bound);
        for (CompClause clause : clauses) {
            if (clause instanceof CompClause.ForClause f) {
                out.add(new CompClause.ForClause(f.target(), walk(f.iterable(), rule, Set.copyOf(inner))));
                inner.addAll(ExprPrinter.targetNames(f.target()));
            } else if (clause instanceof CompClause.IfClause i) {
                out.add(new CompClause.IfClause(walk(i.condition(), rule, Set.copyOf(inner))));
            } else {
                throw new ExprPrinter.Unprintable(clause.getClass().getSimpleName());
            }
        }
        return new Clauses(out, inner);
    }
}
