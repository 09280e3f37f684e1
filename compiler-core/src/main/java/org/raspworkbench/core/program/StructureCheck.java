package org.raspworkbench.core.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.interpreter.Suggestions;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.syntax.Argument;
import org.raspworkbench.core.syntax.CompClause;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.syntax.Param;
import org.raspworkbench.core.syntax.Program;
import org.raspworkbench.core.syntax.Stmt;

/**
 * Rules of the program's shape that need no running, all reported at once: {@code set} and
 * {@code output} only at the top level and at most once each, {@code return} only in a def, known
 * setting names, parameters and keyword arguments well formed.
 */
public final class StructureCheck {
    static final List<String> SETTINGS = List.of("vocab", "max_seq_len", "example", "causal", "bos", "pad",
            "mlp_exactness");

    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> settingsSeen = new HashSet<>();
    private Stmt.Output output;
    private final boolean python;

    private StructureCheck(boolean python) {
        this.python = python;
    }

    static List<Diagnostic> check(Program program) {
        return check(program, false);
    }

    /** With {@code python}, a .py file's rules: keyword-only parameters may follow {@code *args}. */
    static List<Diagnostic> check(Program program, boolean python) {
        StructureCheck c = new StructureCheck(python);
        c.stmts(program.statements(), true, false);
        return c.errors;
    }

    private void stmts(List<Stmt> body, boolean topLevel, boolean inDef) {
        for (Stmt s : body) stmt(s, topLevel, inDef);
    }

    private void stmt(Stmt s, boolean topLevel, boolean inDef) {
        if (s instanceof Stmt.SetStmt st) {
            if (!topLevel) {
                error(ErrorKind.SYNTAX, "set is only allowed at the top level of the program", st.range());
            } else if (!SETTINGS.contains(st.setting())) {
                error(ErrorKind.NAME, "unknown setting '" + st.setting() + "'" + Suggestions.hint(st.setting(),
                        SETTINGS) + "; the settings are " + String.join(", ", SETTINGS), st.nameRange());
            } else if (!settingsSeen.add(st.setting())) {
                error(ErrorKind.SYNTAX, st.setting() + " is set more than once", st.range());
            }
            expr(st.value());
        } else if (s instanceof Stmt.Output o) {
            if (!topLevel) {
                error(ErrorKind.SYNTAX, "output is only allowed at the top level of the program", o.range());
            } else if (output != null) {
                error(ErrorKind.SYNTAX, "the program already has an output statement (line "
                        + output.range().start().line() + ")", o.range());
            } else {
                output = o;
            }
            expr(o.value());
        } else if (s instanceof Stmt.Return r) {
            if (!inDef) error(ErrorKind.SYNTAX, "return is only allowed inside a def", r.range());
            r.value().ifPresent(this::expr);
        } else if (s instanceof Stmt.Def d) {
            params(d.params());
            stmts(d.body(), false, true);
        } else if (s instanceof Stmt.For f) {
            expr(f.iterable());
            stmts(f.body(), false, inDef);
        } else if (s instanceof Stmt.While w) {
            expr(w.condition());
            stmts(w.body(), false, inDef);
        } else if (s instanceof Stmt.If i) {
            expr(i.condition());
            stmts(i.then(), false, inDef);
            stmts(i.otherwise(), false, inDef);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
    }

    private void params(List<Param> params) {
        Set<String> names = new HashSet<>();
        boolean defaults = false;
        boolean starSeen = false;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (!names.add(p.name())) error(ErrorKind.SYNTAX, "the parameter '" + p.name() + "' appears twice", p.range());
            if (p.variadic()) {
                // Python's keyword-only parameters may follow *args; in .rasp *rest comes last
                boolean keywordOnlyAfter = python && params.stream().filter(Param::variadic).count() == 1;
                if (i != params.size() - 1 && !keywordOnlyAfter) {
                    error(ErrorKind.SYNTAX, "*" + p.name() + " must be the last parameter", p.range());
                }
                if (keywordOnlyAfter) starSeen = true;
                if (p.defaultValue().isPresent()) {
                    error(ErrorKind.SYNTAX, "*" + p.name() + " cannot have a default", p.range());
                }
                continue;
            }
            if (p.defaultValue().isPresent()) {
                defaults = true;
                expr(p.defaultValue().get());
            } else if (defaults && !starSeen) {
                error(ErrorKind.SYNTAX, "a parameter without a default cannot follow one with a default", p.range());
            }
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Call c) {
            expr(c.callee());
            Set<String> keywords = new HashSet<>();
            boolean keywordSeen = false;
            for (Argument a : c.args()) {
                if (a instanceof Argument.Keyword k) {
                    keywordSeen = true;
                    if (!keywords.add(k.name())) {
                        error(ErrorKind.SYNTAX, "the keyword argument '" + k.name() + "' is given twice", k.range());
                    }
                    expr(k.value());
                } else {
                    if (keywordSeen) {
                        error(ErrorKind.SYNTAX, "a positional argument cannot follow a keyword argument", a.range());
                    }
                    if (a instanceof Argument.Positional p) expr(p.value());
                    if (a instanceof Argument.Star st) expr(st.value());
                }
            }
        } else if (e instanceof Expr.Lambda l) {
            params(l.params());
            expr(l.body());
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Logical l) {
            expr(l.left());
            expr(l.right());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Compare c) {
            expr(c.first());
            c.rest().forEach(this::expr);
        } else if (e instanceof Expr.Conditional c) {
            expr(c.then());
            expr(c.condition());
            expr(c.otherwise());
        } else if (e instanceof Expr.Index i) {
            expr(i.target());
            expr(i.index());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.target());
        } else if (e instanceof Expr.Slice s) {
            expr(s.target());
            s.lower().ifPresent(this::expr);
            s.upper().ifPresent(this::expr);
            s.step().ifPresent(this::expr);
        } else if (e instanceof Expr.Display d) {
            d.items().forEach(this::expr);
        } else if (e instanceof Expr.DictDisplay d) {
            d.entries().forEach(x -> {
                expr(x.key());
                expr(x.value());
            });
        } else if (e instanceof Expr.Comprehension c) {
            expr(c.element());
            clauses(c.clauses());
        } else if (e instanceof Expr.DictComprehension c) {
            expr(c.key());
            expr(c.value());
            clauses(c.clauses());
        }
    }

    private void clauses(List<CompClause> clauses) {
        for (CompClause c : clauses) {
            if (c instanceof CompClause.ForClause f) expr(f.iterable());
            else expr(((CompClause.IfClause) c).condition());
        }
    }

    private void error(ErrorKind kind, String message, org.raspworkbench.core.source.SourceRange range) {
        errors.add(Diagnostic.error(kind, message, range));
    }
}
