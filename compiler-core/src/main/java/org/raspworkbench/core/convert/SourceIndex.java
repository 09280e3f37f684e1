package org.raspworkbench.core.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.CompClause;
import org.raspworkbench.core.syntax.HighlightToken;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Program;
import org.raspworkbench.core.syntax.Stmt;
import org.raspworkbench.core.syntax.Target;
import org.raspworkbench.core.syntax.TokenCategory;
import org.raspworkbench.core.value.HostObject;

/**
 * The program's syntax tree looked up by the ranges the RASP DAG keeps: the expression that created
 * a node, the text of a range, and the names that hold one constant for the whole run (bound once,
 * at the top level, to a literal), which a recovered function may inline.
 */
final class SourceIndex {
    /** An offset pair: the key of a range, whatever its line and column bookkeeping. */
    private record Span(int start, int end) {
        static Span of(SourceRange r) {
            return new Span(r.startOffset(), r.endOffset());
        }
    }

    /** How a converted program's header says where it came from, and what it left out. */
    static final String CONVERTED = "Converted from ";
    static final String LEFT_OUT = "Not in the model (fused into a later map, or not needed by the output): ";

    private final Program program;
    private final Map<Span, Expr> byRange = new HashMap<>();
    private final Map<String, Integer> bindings = new HashMap<>();
    private final Map<String, Expr> topLevelLiterals = new HashMap<>();
    /** The expressions assigned to each name, anywhere in the program. */
    private final Map<String, List<Expr>> assigned = new HashMap<>();

    /** The comments of the text, from its lexer. */
    private final List<HighlightToken> comments;

    private SourceIndex(Program program, List<HighlightToken> tokens) {
        this.program = program;
        this.comments = tokens.stream().filter(t -> t.category() == TokenCategory.COMMENT).toList();
        statements(program.statements(), true);
    }

    static SourceIndex of(Program program) {
        return new SourceIndex(program, List.of());
    }

    /** With the text's tokens, so that comments can be carried over ({@link #commentsAt}). */
    static SourceIndex of(Program program, List<HighlightToken> tokens) {
        return new SourceIndex(program, tokens);
    }

    /**
     * The comments about the statement on the line of {@code at}: the comment lines right above it
     * (not the file's opening comment) and one at the end of its line, without their {@code #}.
     */
    List<String> commentsAt(SourceRange at) {
        if (at.isNone() || comments.isEmpty()) return List.of();
        String text = program.text().text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, at.startOffset() - 1)) + 1;
        if (at.startOffset() == 0) lineStart = 0;
        int lineEnd = text.indexOf('\n', at.startOffset());
        if (lineEnd < 0) lineEnd = text.length();
        java.util.LinkedList<String> above = new java.util.LinkedList<>();
        int end = lineStart - 1;
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            Optional<String> comment = wholeLineComment(text, start, end);
            if (comment.isEmpty()) break;
            above.addFirst(comment.get());
            if (start == 0) return trailing(text, at.startOffset(), lineEnd); // the file's opening comment
            end = start - 1;
        }
        List<String> out = new java.util.ArrayList<>(above);
        out.addAll(trailing(text, at.startOffset(), lineEnd));
        return out;
    }

    private Optional<String> wholeLineComment(String text, int start, int end) {
        String line = text.substring(start, end).strip();
        if (!line.startsWith("#")) return Optional.empty();
        int at = text.indexOf('#', start);
        boolean isComment = comments.stream().anyMatch(c -> c.start() == at);
        return isComment ? Optional.of(body(text.substring(at, end))) : Optional.empty();
    }

    private List<String> trailing(String text, int from, int lineEnd) {
        for (HighlightToken c : comments) {
            if (c.start() >= from && c.start() < lineEnd) return List.of(body(text.substring(c.start(), c.end())));
        }
        return List.of();
    }

    private static String body(String comment) {
        String b = comment.strip().substring(1);
        return (b.startsWith(" ") ? b.substring(1) : b).stripTrailing();
    }

    /** The outermost expression written exactly over {@code range}. */
    Optional<Expr> exprAt(SourceRange range) {
        if (range.isNone()) return Optional.empty();
        return Optional.ofNullable(byRange.get(Span.of(range)));
    }

    /** Every expression the program assigns to {@code name} (a variable may hold several nodes in turn). */
    List<Expr> assignedTo(String name) {
        return assigned.getOrDefault(name, List.of());
    }

    String text(SourceRange range) {
        return range.isNone() ? "" : program.text().slice(range);
    }

    /** The literal a name holds throughout the run, when it is bound once, at the top level, to a literal. */
    Optional<Expr> constant(String name) {
        Integer n = bindings.get(name);
        return n != null && n == 1 ? Optional.ofNullable(topLevelLiterals.get(name)) : Optional.empty();
    }

    /** The comment lines that open the file (without their {@code #}), which describe the program. */
    List<String> headerComment() {
        List<String> out = new java.util.ArrayList<>();
        boolean leftOutLines = false;
        for (String line : program.text().text().split("\r?\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("#")) break;
            String body = t.substring(1);
            body = body.startsWith(" ") ? body.substring(1) : body;
            // what an earlier conversion said about itself is not the program's description
            // (the list of names left out may wrap; it ends with a full stop)
            if (leftOutLines || body.startsWith(CONVERTED) || body.startsWith(LEFT_OUT)) {
                leftOutLines = (leftOutLines || body.startsWith(LEFT_OUT)) && !body.endsWith(".");
                continue;
            }
            out.add(body);
        }
        return out;
    }

    private void statements(List<Stmt> body, boolean top) {
        for (Stmt s : body) statement(s, top);
    }

    private void statement(Stmt s, boolean top) {
        if (s instanceof Stmt.Assign a) {
            expr(a.value());
            bind(a.target());
            if (a.target() instanceof Target.NameTarget n) {
                assigned.computeIfAbsent(n.name(), k -> new java.util.ArrayList<>()).add(a.value());
            }
            if (top && a.target() instanceof Target.NameTarget n && isLiteral(a.value())) {
                topLevelLiterals.put(n.name(), a.value());
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            bind(a.name());
        } else if (s instanceof Stmt.SetStmt set) {
            expr(set.value());
        } else if (s instanceof Stmt.Output o) {
            expr(o.value());
        } else if (s instanceof Stmt.Def d) {
            bind(d.name());
            d.params().forEach(p -> {
                bind(p.name());
                p.defaultValue().ifPresent(this::expr);
            });
            statements(d.body(), false);
        } else if (s instanceof Stmt.Return r) {
            r.value().ifPresent(this::expr);
        } else if (s instanceof Stmt.For f) {
            expr(f.iterable());
            bind(f.target());
            statements(f.body(), false);
        } else if (s instanceof Stmt.If i) {
            expr(i.condition());
            statements(i.then(), false);
            statements(i.otherwise(), false);
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
        // a statement form of another front end: its expressions are not indexed, so its nodes get tables
    }

    private void expr(Expr e) {
        try {
            ExprRewrite.rewrite(e, (x, bound) -> {
                byRange.putIfAbsent(Span.of(x.range()), x);
                if (x instanceof Expr.Lambda l) l.params().forEach(p -> bind(p.name()));
                if (x instanceof Expr.Comprehension c) bindClauses(c.clauses());
                if (x instanceof Expr.DictComprehension c) bindClauses(c.clauses());
                return Optional.empty();
            });
        } catch (ExprPrinter.Unprintable unknownForm) {
            // what was indexed before the unknown form stays; the rest of it gets tables
        }
    }

    private void bindClauses(List<CompClause> clauses) {
        for (String name : ExprPrinter.boundBy(clauses)) bind(name);
    }

    private void bind(Target t) {
        for (String name : ExprPrinter.targetNames(t)) bind(name);
    }

    private void bind(String name) {
        bindings.merge(name, 1, Integer::sum);
    }

    /** Numbers, strings, bools, None and tuples of them: values no later statement can change. */
    static boolean isLiteral(Expr e) {
        if (e instanceof Expr.Literal l) return !(l.value() instanceof HostObject);
        if (e instanceof Expr.Unary u && (u.op() == Expr.UnaryOp.NEG || u.op() == Expr.UnaryOp.POS)) {
            return u.operand() instanceof Expr.Literal;
        }
        if (e instanceof Expr.Display d && d.kind() == Expr.DisplayKind.TUPLE) {
            return d.items().stream().allMatch(SourceIndex::isLiteral);
        }
        return false;
    }
}
