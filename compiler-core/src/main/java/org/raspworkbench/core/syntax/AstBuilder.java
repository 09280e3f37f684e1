package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.RaspGrammarParser.*;

/** Turns ANTLR's statement parse tree into our records; expressions go to {@link ExprBuilder}. */
final class AstBuilder {
    private final SourceText text;
    private final ExprBuilder exprs;

    AstBuilder(SourceText text) {
        this.text = text;
        this.exprs = new ExprBuilder(this);
    }

    SourceText text() {
        return text;
    }

    Program program(ProgramContext ctx) {
        return new Program(stmts(ctx.stmt()), text);
    }

    List<Stmt> stmts(List<StmtContext> contexts) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext c : contexts) out.add(stmt(c));
        return out;
    }

    private Stmt stmt(StmtContext ctx) {
        SourceRange r = range(ctx);
        if (ctx instanceof SetStmtContext c) {
            return new Stmt.SetStmt(c.NAME().getText(), range(c.NAME().getSymbol()), exprs.expr(c.expr()), r);
        }
        if (ctx instanceof OutputStmtContext c) return new Stmt.Output(exprs.expr(c.expr()), r);
        if (ctx instanceof DefStmtContext c) {
            return new Stmt.Def(c.NAME().getText(), range(c.NAME().getSymbol()), params(c.paramList()),
                    stmts(c.block().stmt()), r);
        }
        if (ctx instanceof ReturnStmtContext c) {
            return new Stmt.Return(Optional.ofNullable(c.exprList()).map(exprs::exprList), r);
        }
        if (ctx instanceof ForStmtContext c) {
            return new Stmt.For(targetList(c.targetList()), exprs.exprList(c.exprList()), stmts(c.block().stmt()), r);
        }
        if (ctx instanceof IfStmtContext c) return ifStatement(c.ifStatement());
        if (ctx instanceof AssignStmtContext c) {
            return new Stmt.Assign(targetList(c.targetList()), exprs.exprList(c.exprList()), r);
        }
        if (ctx instanceof AugAssignStmtContext c) {
            return new Stmt.AugAssign(c.NAME().getText(), range(c.NAME().getSymbol()), augOp(c.augOp()),
                    exprs.exprList(c.exprList()), r);
        }
        ExprStmtContext c = (ExprStmtContext) ctx;
        return new Stmt.ExprStmt(exprs.exprList(c.exprList()), r);
    }

    private Stmt.If ifStatement(IfStatementContext ctx) {
        List<Stmt> otherwise = List.of();
        if (ctx.ifStatement() != null) {
            otherwise = List.of(ifStatement(ctx.ifStatement()));
        } else if (ctx.block().size() > 1) {
            otherwise = stmts(ctx.block(1).stmt());
        }
        return new Stmt.If(exprs.expr(ctx.expr()), stmts(ctx.block(0).stmt()), otherwise, range(ctx));
    }

    private static Expr.BinaryOp augOp(AugOpContext ctx) {
        switch (ctx.getStart().getType()) {
            case RaspGrammarLexer.ADD_ASSIGN: return Expr.BinaryOp.ADD;
            case RaspGrammarLexer.SUB_ASSIGN: return Expr.BinaryOp.SUB;
            case RaspGrammarLexer.MUL_ASSIGN: return Expr.BinaryOp.MUL;
            case RaspGrammarLexer.DIV_ASSIGN: return Expr.BinaryOp.DIV;
            case RaspGrammarLexer.FLOORDIV_ASSIGN: return Expr.BinaryOp.FLOORDIV;
            case RaspGrammarLexer.MOD_ASSIGN: return Expr.BinaryOp.MOD;
            default: return Expr.BinaryOp.POW;
        }
    }

    Target targetList(TargetListContext ctx) {
        if (ctx.target().size() == 1 && ctx.COMMA().isEmpty()) return target(ctx.target(0));
        List<Target> items = new ArrayList<>();
        for (TargetContext t : ctx.target()) items.add(target(t));
        return new Target.TupleTarget(items, range(ctx));
    }

    private Target target(TargetContext ctx) {
        if (ctx instanceof NameTargetContext c) return new Target.NameTarget(c.NAME().getText(), range(c));
        if (ctx instanceof ParenTargetContext c) return asTuple(targetList(c.targetList()), range(c));
        return asTuple(targetList(((BracketTargetContext) ctx).targetList()), range(ctx));
    }

    private static Target asTuple(Target inner, SourceRange r) {
        if (inner instanceof Target.TupleTarget t) return new Target.TupleTarget(t.items(), r);
        return inner;
    }

    List<Param> params(ParamListContext ctx) {
        List<Param> out = new ArrayList<>();
        if (ctx == null) return out;
        for (ParamContext p : ctx.param()) {
            out.add(new Param(p.NAME().getText(), Optional.ofNullable(p.expr()).map(exprs::expr), p.star != null,
                    range(p)));
        }
        return out;
    }

    SourceRange range(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getStopIndex() < start.getStartIndex()) stop = start;
        return range(start, stop);
    }

    SourceRange range(Token token) {
        return range(token, token);
    }

    SourceRange range(Token start, Token stop) {
        if (start.getType() == Token.EOF) return text.end();
        return text.range(text.charOffset(start.getStartIndex()), text.charOffset(stop.getStopIndex() + 1));
    }
}
