package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.PythonGrammarParser.*;

/**
 * Turns the Python parse tree's statements into the records the {@code .rasp} grammar produces
 * (plus the kinds only Python has: while, assert, raise, pass, import); expressions go to {@link
 * PythonExprBuilder}. Constructs outside the subset become an {@code unsupported} error at their text.
 */
final class PythonAstBuilder {
    private final SourceText text;
    private final PythonRanges ranges;
    private final PythonExprBuilder exprs;
    /** How many loops of the current function enclose the statement being built ('break' needs one). */
    private int loopDepth;

    PythonAstBuilder(SourceText text, PythonRanges ranges) {
        this.text = text;
        this.ranges = ranges;
        this.exprs = new PythonExprBuilder(this, ranges);
    }

    SourceText text() {
        return text;
    }

    PythonExprBuilder exprs() {
        return exprs;
    }

    List<Stmt> file(FileContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) stmt(s, out);
        return out;
    }

    private List<Stmt> suite(SuiteContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx instanceof InlineSuiteContext c) {
            simple(c.simpleStmts(), out);
        } else {
            for (StmtContext s : ((BlockSuiteContext) ctx).stmt()) stmt(s, out);
        }
        return out;
    }

    private void stmt(StmtContext ctx, List<Stmt> out) {
        if (ctx.simpleStmts() != null) simple(ctx.simpleStmts(), out);
        else out.add(compound(ctx.compoundStmt()));
    }

    private void simple(SimpleStmtsContext ctx, List<Stmt> out) {
        for (SmallStmtContext s : ctx.smallStmt()) {
            Stmt stmt = small(s);
            if (stmt != null) out.add(stmt);
        }
    }

    private Stmt small(SmallStmtContext ctx) {
        SourceRange r = range(ctx);
        if (ctx instanceof ReturnStmtContext c) {
            return new Stmt.Return(Optional.ofNullable(c.exprList()).map(exprs::exprList), r);
        }
        if (ctx instanceof PassStmtContext) return new Stmt.Pass(r);
        if (ctx instanceof BreakStmtContext || ctx instanceof ContinueStmtContext) {
            if (loopDepth == 0) throw new RaspException(ErrorKind.SYNTAX, "'" + ctx.getText() + "' outside loop", r);
            return ctx instanceof BreakStmtContext ? new Stmt.Break(r) : new Stmt.Continue(r);
        }
        if (ctx instanceof RaiseStmtContext c) {
            return new Stmt.Raise(c.expr().isEmpty() ? Optional.empty() : Optional.of(exprs.expr(c.expr(0))), r);
        }
        if (ctx instanceof AssertStmtContext c) {
            Optional<Expr> message = c.expr().size() > 1 ? Optional.of(exprs.expr(c.expr(1))) : Optional.empty();
            return new Stmt.Assert(exprs.expr(c.expr(0)), message, r);
        }
        if (ctx instanceof ImportStmtContext c) {
            List<Stmt.ImportedName> names = new ArrayList<>();
            for (DottedAsNameContext d : c.dottedAsName()) {
                names.add(new Stmt.ImportedName(d.dottedName().getText(),
                        Optional.ofNullable(d.NAME()).map(n -> n.getText()), range(d)));
            }
            return new Stmt.Import(Optional.empty(), names, r);
        }
        if (ctx instanceof FromImportStmtContext c) {
            if (c.star != null) {
                // every public name of the module (the interpreter asks the module which those are)
                return new Stmt.Import(Optional.of(c.dottedName().getText()),
                        List.of(new Stmt.ImportedName("*", Optional.empty(), ranges.range(c.star))), r);
            }
            List<Stmt.ImportedName> names = new ArrayList<>();
            for (ImportAsNameContext n : c.importAsNames().importAsName()) {
                names.add(new Stmt.ImportedName(n.NAME(0).getText(),
                        n.NAME().size() > 1 ? Optional.of(n.NAME(1).getText()) : Optional.empty(), range(n)));
            }
            return new Stmt.Import(Optional.of(c.dottedName().getText()), names, r);
        }
        if (ctx instanceof AnnAssignStmtContext c) {
            // x: int = 3 -- the annotation is read and ignored, as Python ignores it at run time
            Target target = target(exprs.exprList(c.lhs));
            if (c.value == null) return null;
            return new Stmt.Assign(target, exprs.exprList(c.value), r);
        }
        if (ctx instanceof AssignStmtContext c) {
            if (c.exprList().size() > 2) {
                throw unsupported("chained assignment (a = b = ...) is not supported: assign each name on its own "
                        + "line", r);
            }
            return new Stmt.Assign(target(exprs.exprList(c.exprList(0))), exprs.exprList(c.exprList(1)), r);
        }
        if (ctx instanceof AugAssignStmtContext c) {
            Target t = target(exprs.exprList(c.exprList(0)));
            if (!(t instanceof Target.NameTarget n)) {
                throw new RaspException(ErrorKind.SYNTAX, "an augmented assignment needs a single name on its left",
                        t.range());
            }
            return new Stmt.AugAssign(n.name(), n.range(), augOp(c.augOp()), exprs.exprList(c.exprList(1)), r);
        }
        ExprStmtContext c = (ExprStmtContext) ctx;
        return new Stmt.ExprStmt(exprs.exprList(c.exprList()), r);
    }

    private Stmt compound(CompoundStmtContext ctx) {
        SourceRange r = range(ctx);
        if (ctx instanceof IfStmtContext c) {
            List<Stmt> otherwise = c.elseClause() == null ? List.of() : suite(c.elseClause().suite());
            for (int i = c.elifClause().size() - 1; i >= 0; i--) {
                ElifClauseContext e = c.elifClause(i);
                otherwise = List.of(new Stmt.If(exprs.expr(e.expr()), suite(e.suite()), otherwise,
                        ranges.range(e.getStart(), c.getStop())));
            }
            return new Stmt.If(exprs.expr(c.expr()), suite(c.suite()), otherwise, r);
        }
        if (ctx instanceof WhileStmtContext c) {
            if (c.elseClause() != null) throw unsupported("'while ... else' is not supported", range(c.elseClause()));
            return new Stmt.While(exprs.expr(c.expr()), loopBody(c.suite()), r);
        }
        if (ctx instanceof ForStmtContext c) {
            if (c.elseClause() != null) throw unsupported("'for ... else' is not supported", range(c.elseClause()));
            return new Stmt.For(targetList(c.targetList()), exprs.exprList(c.exprList()), loopBody(c.suite()), r);
        }
        DefStmtContext c = (DefStmtContext) ctx;
        Token name = c.NAME().getSymbol();
        // a loop around a def does not reach into its body
        int outer = loopDepth;
        loopDepth = 0;
        try {
            return new Stmt.Def(name.getText(), ranges.range(name), params(c.paramList()), suite(c.suite()), r);
        } finally {
            loopDepth = outer;
        }
    }

    private List<Stmt> loopBody(SuiteContext ctx) {
        loopDepth++;
        try {
            return suite(ctx);
        } finally {
            loopDepth--;
        }
    }

    private static Expr.BinaryOp augOp(AugOpContext ctx) {
        return switch (ctx.getStart().getType()) {
            case PythonGrammarLexer.ADD_ASSIGN -> Expr.BinaryOp.ADD;
            case PythonGrammarLexer.SUB_ASSIGN -> Expr.BinaryOp.SUB;
            case PythonGrammarLexer.MUL_ASSIGN -> Expr.BinaryOp.MUL;
            case PythonGrammarLexer.DIV_ASSIGN -> Expr.BinaryOp.DIV;
            case PythonGrammarLexer.FLOORDIV_ASSIGN -> Expr.BinaryOp.FLOORDIV;
            case PythonGrammarLexer.MOD_ASSIGN -> Expr.BinaryOp.MOD;
            case PythonGrammarLexer.AND_ASSIGN -> Expr.BinaryOp.BITAND;
            case PythonGrammarLexer.OR_ASSIGN -> Expr.BinaryOp.BITOR;
            default -> Expr.BinaryOp.POW;
        };
    }

    /** What an assignment's left side binds; Python parses it as an expression, and so do we. */
    Target target(Expr e) {
        if (e instanceof Expr.Name n) return new Target.NameTarget(n.name(), n.range());
        if (e instanceof Expr.Starred s && s.value() instanceof Expr.Name n) {
            return new Target.StarTarget(n.name(), s.range());
        }
        if (e instanceof Expr.Display d && (d.kind() == Expr.DisplayKind.TUPLE || d.kind() == Expr.DisplayKind.LIST)) {
            List<Target> items = new ArrayList<>();
            for (Expr item : d.items()) items.add(target(item));
            return new Target.TupleTarget(items, d.range());
        }
        if (e instanceof Expr.Index || e instanceof Expr.Slice) {
            throw unsupported("assigning to an item is not supported: build a new list or dict instead "
                    + "(lists also change through append, insert, pop, ...)", e.range());
        }
        if (e instanceof Expr.Attribute) {
            throw unsupported("assigning to an attribute is not supported", e.range());
        }
        throw new RaspException(ErrorKind.SYNTAX, "cannot assign to this expression", e.range());
    }

    Target targetList(TargetListContext ctx) {
        if (ctx.target().size() == 1 && ctx.COMMA().isEmpty()) return target(ctx.target(0));
        List<Target> items = new ArrayList<>();
        for (TargetContext t : ctx.target()) items.add(target(t));
        return new Target.TupleTarget(items, range(ctx));
    }

    private Target target(TargetContext ctx) {
        if (ctx instanceof NameTargetContext c) return new Target.NameTarget(c.NAME().getText(), range(c));
        if (ctx instanceof StarTargetContext c) return new Target.StarTarget(c.NAME().getText(), range(c));
        TargetListContext inner = ctx instanceof ParenTargetContext p ? p.targetList()
                : ((BracketTargetContext) ctx).targetList();
        Target t = targetList(inner);
        return t instanceof Target.TupleTarget tuple ? new Target.TupleTarget(tuple.items(), range(ctx)) : t;
    }

    List<Param> params(ParamListContext ctx) {
        List<Param> out = new ArrayList<>();
        if (ctx == null) return out;
        for (ParamContext p : ctx.param()) {
            if (p instanceof PlainParamContext c) {
                out.add(new Param(c.NAME().getText(), Optional.ofNullable(c.value).map(exprs::expr), false, range(c)));
            } else if (p instanceof StarParamContext c) {
                out.add(new Param(c.NAME().getText(), Optional.empty(), true, range(c)));
            } else if (p instanceof KwargsParamContext c) {
                throw unsupported("'**" + c.NAME().getText() + "' parameters are not supported; name the keyword "
                        + "parameters", range(c));
            }
            // '*' and '/' alone only restrict how arguments may be passed; every way is accepted here
        }
        return out;
    }

    List<Param> lambdaParams(LambdaParamListContext ctx) {
        List<Param> out = new ArrayList<>();
        if (ctx == null) return out;
        for (LambdaParamContext p : ctx.lambdaParam()) {
            if (p instanceof PlainLambdaParamContext c) {
                out.add(new Param(c.NAME().getText(), Optional.ofNullable(c.expr()).map(exprs::expr), false,
                        range(c)));
            } else if (p instanceof StarLambdaParamContext c) {
                out.add(new Param(c.NAME().getText(), Optional.empty(), true, range(c)));
            } else if (p instanceof KwargsLambdaParamContext c) {
                throw unsupported("'**" + c.NAME().getText() + "' parameters are not supported", range(c));
            }
        }
        return out;
    }

    SourceRange range(ParserRuleContext ctx) {
        return ranges.range(ctx);
    }

    static RaspException unsupported(String message, SourceRange range) {
        return new RaspException(ErrorKind.UNSUPPORTED, message, range);
    }

    /** Ranges of parse-tree nodes, ending at their last real token (never at a NEWLINE or DEDENT). */
    static final class PythonRanges {
        private final SourceText text;
        private final TokenStream tokens;
        /** Where the parsed text starts in {@link #text} (an f-string field is parsed on its own). */
        private final int base;
        private final SourceText local;
        /** Library code has no text in the user's file: all its ranges are {@link SourceRange#NONE}. */
        private final boolean anonymous;

        PythonRanges(SourceText text, SourceText local, int base, TokenStream tokens, boolean anonymous) {
            this.text = text;
            this.local = local;
            this.base = base;
            this.tokens = tokens;
            this.anonymous = anonymous;
        }

        SourceText text() {
            return text;
        }

        boolean anonymous() {
            return anonymous;
        }

        SourceRange range(ParserRuleContext ctx) {
            Token start = ctx.getStart();
            Token stop = real(ctx.getStop() == null ? start : ctx.getStop());
            if (stop.getStopIndex() < start.getStartIndex()) stop = start;
            return range(start, stop);
        }

        SourceRange range(Token token) {
            return range(token, token);
        }

        SourceRange range(Token start, Token stop) {
            if (anonymous) return SourceRange.NONE;
            stop = real(stop);
            if (start.getType() == Token.EOF) return text.end();
            int s = base + local.charOffset(start.getStartIndex());
            int e = base + local.charOffset(Math.max(start.getStartIndex(), stop.getStopIndex() + 1));
            return text.range(s, e);
        }

        /** A range given in chars of the parsed text. */
        SourceRange chars(int start, int end) {
            return anonymous ? SourceRange.NONE : text.range(base + start, base + end);
        }

        int base() {
            return base;
        }

        SourceText local() {
            return local;
        }

        /** The last token at or before {@code t} that has text (layout tokens are synthetic). */
        private Token real(Token t) {
            Token at = t;
            while (at.getTokenIndex() > 0 && isLayout(at)) at = tokens.get(at.getTokenIndex() - 1);
            return at;
        }

        private static boolean isLayout(Token t) {
            int type = t.getType();
            return type == PythonGrammarLexer.NEWLINE || type == PythonGrammarParser.INDENT
                    || type == PythonGrammarParser.DEDENT || type == Token.EOF;
        }
    }
}
