package org.raspworkbench.core.convert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.CompClause;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.syntax.Target;

/**
 * Prints a plain-value expression (a function's lambda) as source text in a dialect, with the
 * fewest parentheses Python's precedence needs. The two dialects agree on every expression form; in
 * Python, {@code floor} and {@code ceil} (built-ins of {@code .rasp}) become {@code math.floor} and
 * {@code math.ceil}. Throws {@link Unprintable} for a form it does not know (a front end's newer
 * construct), so that the caller falls back to a table.
 */
final class ExprPrinter {
    /** Refused: the expression has a form this printer does not write. */
    static final class Unprintable extends RuntimeException {
        Unprintable(String what) {
            super(what, null, false, false);
        }
    }

    private static final int LAMBDA = 0;
    private static final int CONDITIONAL = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int COMPARE = 5;
    private static final int BITOR = 6;
    private static final int BITAND = 8;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int UNARY = 12;
    private static final int POWER = 13;
    private static final int PRIMARY = 14;
    private static final int ATOM = 15;

    /** Python's keywords that are names in .rasp, and .rasp's that are names in Python: no variable can be called so. */
    private static final Set<String> PYTHON_ONLY_KEYWORDS = Set.of("as", "assert", "async", "await", "break", "class",
            "continue", "del", "elif", "except", "finally", "from", "global", "import", "is", "nonlocal", "pass",
            "raise", "try", "while", "with", "yield");
    private static final Set<String> RASP_ONLY_KEYWORDS = Set.of("set", "output");

    /** .rasp built-ins that Python has only in {@code math}. */
    private static final Set<String> MATH_ONLY_IN_PYTHON = Set.of("floor", "ceil");

    private final Dialect dialect;
    private final Deque<Set<String>> bound = new ArrayDeque<>();

    ExprPrinter(Dialect dialect) {
        this.dialect = dialect;
    }

    String print(Expr e) {
        return print(e, LAMBDA);
    }

    private String print(Expr e, int context) {
        int p = precedence(e);
        String text = body(e);
        return p < context ? "(" + text + ")" : text;
    }

    private int precedence(Expr e) {
        if (e instanceof Expr.Lambda) return LAMBDA;
        if (e instanceof Expr.Conditional) return CONDITIONAL;
        if (e instanceof Expr.Logical l) return l.op() == Expr.LogicalOp.OR ? OR : AND;
        if (e instanceof Expr.Unary u) return u.op() == Expr.UnaryOp.NOT ? NOT : UNARY;
        if (e instanceof Expr.Compare) return COMPARE;
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case BITOR -> BITOR;
                case BITAND -> BITAND;
                case ADD, SUB -> ARITH;
                case MUL, DIV, FLOORDIV, MOD -> TERM;
                case POW -> POWER;
            };
        }
        if (e instanceof Expr.Literal l) return ValueLiterals.negative(l.value()) ? UNARY : ATOM;
        if (e instanceof Expr.Call || e instanceof Expr.Index || e instanceof Expr.Attribute || e instanceof Expr.Slice) {
            return PRIMARY;
        }
        return ATOM;
    }

    private String body(Expr e) {
        if (e instanceof Expr.Name n) return name(n.name());
        if (e instanceof Expr.Literal l) return ValueLiterals.of(l.value());
        if (e instanceof Expr.Display d) return display(d);
        if (e instanceof Expr.DictDisplay d) {
            List<String> parts = new ArrayList<>();
            for (Expr.DictEntry entry : d.entries()) parts.add(print(entry.key(), CONDITIONAL) + ": " + print(entry.value(), CONDITIONAL));
            return "{" + String.join(", ", parts) + "}";
        }
        if (e instanceof Expr.Comprehension c) return comprehension(c);
        if (e instanceof Expr.DictComprehension c) return dictComprehension(c);
        if (e instanceof Expr.Unary u) {
            if (u.op() == Expr.UnaryOp.NOT) return "not " + print(u.operand(), NOT);
            return u.op().text() + print(u.operand(), UNARY);
        }
        if (e instanceof Expr.Binary b) return binary(b);
        if (e instanceof Expr.Logical l) {
            int p = precedence(l);
            return print(l.left(), p) + " " + l.op().text() + " " + print(l.right(), p + 1);
        }
        if (e instanceof Expr.Compare c) {
            StringBuilder sb = new StringBuilder(print(c.first(), COMPARE + 1));
            for (int i = 0; i < c.ops().size(); i++) {
                sb.append(' ').append(c.ops().get(i).text()).append(' ').append(print(c.rest().get(i), COMPARE + 1));
            }
            return sb.toString();
        }
        if (e instanceof Expr.Conditional c) {
            return print(c.then(), OR) + " if " + print(c.condition(), OR) + " else " + print(c.otherwise(), CONDITIONAL);
        }
        if (e instanceof Expr.Lambda l) return lambda(l);
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.Index i) return print(i.target(), PRIMARY) + "[" + print(i.index(), LAMBDA) + "]";
        if (e instanceof Expr.Attribute a) {
            String target = print(a.target(), PRIMARY);
            // "1.real" would read as a float: Python needs "(1).real"
            if (a.target() instanceof Expr.Literal && target.matches("-?[0-9]+")) target = "(" + target + ")";
            return target + "." + a.name();
        }
        if (e instanceof Expr.Slice s) {
            String text = print(s.target(), PRIMARY) + "[" + s.lower().map(this::print).orElse("") + ":"
                    + s.upper().map(this::print).orElse("");
            if (s.step().isPresent()) text += ":" + print(s.step().get());
            return text + "]";
        }
        throw new Unprintable(e.getClass().getSimpleName());
    }

    private String name(String name) {
        checkName(name);
        if (dialect == Dialect.PYTHON && MATH_ONLY_IN_PYTHON.contains(name) && !isBound(name)) return "math." + name;
        return name;
    }

    private void checkName(String name) {
        if ((dialect == Dialect.PYTHON ? PYTHON_ONLY_KEYWORDS : RASP_ONLY_KEYWORDS).contains(name)) {
            throw new Unprintable("'" + name + "' is a keyword in " + dialect);
        }
    }

    private boolean isBound(String name) {
        for (Set<String> scope : bound) if (scope.contains(name)) return true;
        return false;
    }

    private String binary(Expr.Binary b) {
        int p = precedence(b);
        if (b.op() == Expr.BinaryOp.POW) {
            // right-associative, and its left operand must be a primary: (-2) ** 2, 2 ** -1
            return print(b.left(), PRIMARY) + " ** " + print(b.right(), UNARY);
        }
        return print(b.left(), p) + " " + b.op().text() + " " + print(b.right(), p + 1);
    }

    private String display(Expr.Display d) {
        List<String> items = new ArrayList<>();
        for (Expr item : d.items()) items.add(print(item, CONDITIONAL));
        String inner = String.join(", ", items);
        return switch (d.kind()) {
            case LIST -> "[" + inner + "]";
            case TUPLE -> items.size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
            case SET -> {
                if (items.isEmpty()) throw new Unprintable("an empty set display");
                yield "{" + inner + "}";
            }
            case GENERATOR -> throw new Unprintable("a generator display");
        };
    }

    private String comprehension(Expr.Comprehension c) {
        bound.push(boundBy(c.clauses()));
        try {
            String inner = print(c.element(), CONDITIONAL) + clauses(c.clauses());
            return switch (c.kind()) {
                case LIST -> "[" + inner + "]";
                case SET -> "{" + inner + "}";
                case TUPLE, GENERATOR -> "(" + inner + ")";
            };
        } finally {
            bound.pop();
        }
    }

    private String dictComprehension(Expr.DictComprehension c) {
        bound.push(boundBy(c.clauses()));
        try {
            return "{" + print(c.key(), CONDITIONAL) + ": " + print(c.value(), CONDITIONAL) + clauses(c.clauses()) + "}";
        } finally {
            bound.pop();
        }
    }

    private String clauses(List<CompClause> clauses) {
        StringBuilder sb = new StringBuilder();
        for (CompClause clause : clauses) {
            if (clause instanceof CompClause.ForClause f) {
                sb.append(" for ").append(target(f.target(), true)).append(" in ").append(print(f.iterable(), OR));
            } else if (clause instanceof CompClause.IfClause i) {
                sb.append(" if ").append(print(i.condition(), OR));
            } else {
                throw new Unprintable(clause.getClass().getSimpleName());
            }
        }
        return sb.toString();
    }

    static java.util.Set<String> boundBy(List<CompClause> clauses) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (CompClause clause : clauses) if (clause instanceof CompClause.ForClause f) names.addAll(targetNames(f.target()));
        return names;
    }

    static List<String> targetNames(Target t) {
        List<String> out = new ArrayList<>();
        if (t instanceof Target.NameTarget n) out.add(n.name());
        if (t instanceof Target.TupleTarget tt) for (Target item : tt.items()) out.addAll(targetNames(item));
        return out;
    }

    private String target(Target t, boolean top) {
        if (t instanceof Target.NameTarget n) {
            checkName(n.name());
            return n.name();
        }
        Target.TupleTarget tt = (Target.TupleTarget) t;
        List<String> items = new ArrayList<>();
        for (Target item : tt.items()) items.add(target(item, false));
        String inner = String.join(", ", items) + (items.size() == 1 ? "," : "");
        return top ? inner : "(" + inner + ")";
    }

    private String lambda(Expr.Lambda l) {
        List<String> params = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Param p : l.params()) {
            checkName(p.name());
            String text = (p.variadic() ? "*" : "") + p.name();
            if (p.defaultValue().isPresent()) text += "=" + print(p.defaultValue().get(), CONDITIONAL);
            params.add(text);
            names.add(p.name());
        }
        bound.push(names);
        try {
            return "lambda" + (params.isEmpty() ? "" : " " + String.join(", ", params)) + ": " + print(l.body(), LAMBDA);
        } finally {
            bound.pop();
        }
    }

    private String call(Expr.Call c) {
        List<String> args = new ArrayList<>();
        for (Argument a : c.args()) {
            if (a instanceof Argument.Positional p) {
                args.add(print(p.value(), LAMBDA));
            } else if (a instanceof Argument.Keyword k) {
                args.add(k.name() + "=" + print(k.value(), LAMBDA));
            } else if (a instanceof Argument.Star s) {
                args.add("*" + print(s.value(), BITOR));
            } else if (a instanceof Argument.Operator o && dialect == Dialect.RASP) {
                args.add(o.op().text());
            } else {
                throw new Unprintable("a bare comparison as an argument");
            }
        }
        return print(c.callee(), PRIMARY) + "(" + String.join(", ", args) + ")";
    }
}
