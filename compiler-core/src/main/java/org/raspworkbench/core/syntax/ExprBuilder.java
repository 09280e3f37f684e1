package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr.BinaryOp;
import org.raspworkbench.core.syntax.Expr.CompareOp;
import org.raspworkbench.core.syntax.Expr.DisplayKind;
import org.raspworkbench.core.syntax.RaspGrammarParser.*;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;

/** Turns ANTLR's expression parse tree into {@link Expr} records. */
final class ExprBuilder {
    /** Deeper nesting than this is refused (Python's own parser stops near 200 too). */
    static final int MAX_NESTING = 200;

    private final AstBuilder owner;
    private int depth;

    ExprBuilder(AstBuilder owner) {
        this.owner = owner;
    }

    Expr exprList(ExprListContext ctx) {
        if (ctx.expr().size() == 1 && ctx.trailingComma == null) return expr(ctx.expr(0));
        return new Expr.Display(DisplayKind.TUPLE, exprs(ctx.expr()), range(ctx));
    }

    private List<Expr> exprs(List<ExprContext> contexts) {
        List<Expr> out = new ArrayList<>();
        for (ExprContext c : contexts) out.add(expr(c));
        return out;
    }

    Expr expr(ExprContext ctx) {
        if (++depth > MAX_NESTING) {
            throw new RaspException(ErrorKind.LIMIT, "expressions are nested more than " + MAX_NESTING
                    + " deep here", range(ctx));
        }
        try {
            if (ctx instanceof LambdaExprContext c) {
                return new Expr.Lambda(owner.params(c.paramList()), expr(c.expr()), range(c));
            }
            CondExprContext c = (CondExprContext) ctx;
            Expr then = orTest(c.orTest(0));
            if (c.IF() == null) return then;
            return new Expr.Conditional(then, orTest(c.orTest(1)), expr(c.expr()), range(c));
        } finally {
            depth--;
        }
    }

    private Expr orTest(OrTestContext ctx) {
        return leftChain(ctx, ctx.andTest(), this::andTest,
                (i, left, right, r) -> new Expr.Logical(Expr.LogicalOp.OR, left, right, r));
    }

    private Expr andTest(AndTestContext ctx) {
        return leftChain(ctx, ctx.notTest(), this::notTest,
                (i, left, right, r) -> new Expr.Logical(Expr.LogicalOp.AND, left, right, r));
    }

    private <T extends ParserRuleContext> Expr leftChain(ParserRuleContext whole, List<T> operands,
                                                         Function<T, Expr> operand, OperatorChains.Join join) {
        return OperatorChains.leftChain(whole, operands, operand, join, this::span);
    }

    /** From the start of {@code whole} to the end of {@code last}: brackets around operands included. */
    private SourceRange span(ParserRuleContext whole, ParserRuleContext last) {
        return owner.range(whole.getStart(), last.getStop() == null ? last.getStart() : last.getStop());
    }

    private Expr notTest(NotTestContext ctx) {
        if (ctx instanceof NotExprContext c) return new Expr.Unary(Expr.UnaryOp.NOT, notTest(c.notTest()), range(c));
        return comparison(((PlainNotTestContext) ctx).comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        Expr first = bitOr(ctx.bitOr(0));
        if (ctx.compOp().isEmpty()) return first;
        List<CompareOp> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (int i = 0; i < ctx.compOp().size(); i++) {
            ops.add(compareOp(ctx.compOp(i)));
            rest.add(bitOr(ctx.bitOr(i + 1)));
        }
        return new Expr.Compare(first, ops, rest, range(ctx));
    }

    private static CompareOp compareOp(CompOpContext ctx) {
        if (ctx.NOT() != null) return CompareOp.NOT_IN;
        return compareOp(ctx.getStart().getType());
    }

    static CompareOp compareOp(int tokenType) {
        switch (tokenType) {
            case RaspGrammarLexer.LT: return CompareOp.LT;
            case RaspGrammarLexer.GT: return CompareOp.GT;
            case RaspGrammarLexer.EQ: return CompareOp.EQ;
            case RaspGrammarLexer.GEQ: return CompareOp.GEQ;
            case RaspGrammarLexer.LEQ: return CompareOp.LEQ;
            case RaspGrammarLexer.NEQ: return CompareOp.NEQ;
            default: return CompareOp.IN;
        }
    }

    private Expr bitOr(BitOrContext ctx) {
        return leftChain(ctx, ctx.bitAnd(), this::bitAnd,
                (i, left, right, r) -> new Expr.Binary(BinaryOp.BITOR, left, right, r));
    }

    private Expr bitAnd(BitAndContext ctx) {
        return leftChain(ctx, ctx.arith(), this::arith,
                (i, left, right, r) -> new Expr.Binary(BinaryOp.BITAND, left, right, r));
    }

    private Expr arith(ArithContext ctx) {
        return leftChain(ctx, ctx.term(), this::term, (i, left, right, r) -> new Expr.Binary(
                ctx.addOp(i).getStart().getType() == RaspGrammarLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUB,
                left, right, r));
    }

    private Expr term(TermContext ctx) {
        return leftChain(ctx, ctx.factor(), this::factor,
                (i, left, right, r) -> new Expr.Binary(mulOp(ctx.mulOp(i)), left, right, r));
    }

    private static BinaryOp mulOp(MulOpContext ctx) {
        switch (ctx.getStart().getType()) {
            case RaspGrammarLexer.STAR: return BinaryOp.MUL;
            case RaspGrammarLexer.SLASH: return BinaryOp.DIV;
            case RaspGrammarLexer.FLOORDIV: return BinaryOp.FLOORDIV;
            default: return BinaryOp.MOD;
        }
    }

    private Expr factor(FactorContext ctx) {
        if (ctx instanceof SignedFactorContext c) {
            if (++depth > MAX_NESTING) {
                throw new RaspException(ErrorKind.LIMIT, "too many signs in a row here", range(c));
            }
            try {
                Expr.UnaryOp op = switch (c.sign.getType()) {
                    case RaspGrammarLexer.MINUS -> Expr.UnaryOp.NEG;
                    case RaspGrammarLexer.TILDE -> Expr.UnaryOp.INVERT;
                    default -> Expr.UnaryOp.POS;
                };
                return new Expr.Unary(op, factor(c.factor()), range(c));
            } finally {
                depth--;
            }
        }
        PowerContext p = ((PlainFactorContext) ctx).power();
        Expr base = primary(p.primary());
        if (p.factor() == null) return base;
        Expr exponent = factor(p.factor());
        return new Expr.Binary(BinaryOp.POW, base, exponent, span(p, p.factor()));
    }

    private Expr primary(PrimaryContext ctx) {
        Expr value = atom(ctx.atom());
        for (TrailerContext t : ctx.trailer()) {
            SourceRange r = span(ctx, t);
            if (t instanceof CallTrailerContext c) {
                value = new Expr.Call(value, args(c.argList()), r);
            } else if (t instanceof AttributeTrailerContext a) {
                value = new Expr.Attribute(value, a.NAME().getText(), r);
            } else {
                SubscriptContext s = ((IndexTrailerContext) t).subscript();
                if (s instanceof IndexSubscriptContext i) {
                    value = new Expr.Index(value, expr(i.expr()), r);
                } else {
                    SliceSubscriptContext sl = (SliceSubscriptContext) s;
                    value = new Expr.Slice(value, optional(sl.lower), optional(sl.upper), optional(sl.step), r);
                }
            }
        }
        return value;
    }

    private Optional<Expr> optional(ExprContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(expr(ctx));
    }

    private List<Argument> args(ArgListContext ctx) {
        List<Argument> out = new ArrayList<>();
        if (ctx == null) return out;
        for (ArgumentContext a : ctx.argument()) {
            if (a instanceof KeywordArgumentContext k) {
                out.add(new Argument.Keyword(k.NAME().getText(), expr(k.expr()), range(k)));
            } else if (a instanceof StarArgumentContext s) {
                out.add(new Argument.Star(expr(s.expr()), range(s)));
            } else if (a instanceof OperatorArgumentContext o) {
                out.add(new Argument.Operator(compareOp(o.op.getType()), range(o)));
            } else {
                PositionalArgumentContext p = (PositionalArgumentContext) a;
                Expr value = expr(p.expr());
                if (p.compFor() != null) {
                    value = new Expr.Comprehension(DisplayKind.GENERATOR, value, clauses(p.compFor()), range(p));
                }
                out.add(new Argument.Positional(value));
            }
        }
        return out;
    }

    private Expr atom(AtomContext ctx) {
        SourceRange r = range(ctx);
        if (ctx instanceof NameAtomContext c) return new Expr.Name(c.NAME().getText(), r);
        if (ctx instanceof NumberAtomContext c) return new Expr.Literal(Literals.number(c.NUMBER().getText(), r), r);
        if (ctx instanceof StringAtomContext c) {
            StringBuilder sb = new StringBuilder();
            for (TerminalNode s : c.STRING()) sb.append(Literals.string(s.getText()));
            return new Expr.Literal(StrValue.of(sb.toString()), r);
        }
        if (ctx instanceof ConstAtomContext c) {
            int type = c.getStart().getType();
            if (type == RaspGrammarLexer.NONE) return new Expr.Literal(NoneValue.NONE, r);
            return new Expr.Literal(BoolValue.of(type == RaspGrammarLexer.TRUE), r);
        }
        if (ctx instanceof EmptyTupleAtomContext) return new Expr.Display(DisplayKind.TUPLE, List.of(), r);
        if (ctx instanceof GeneratorAtomContext c) {
            return new Expr.Comprehension(DisplayKind.GENERATOR, expr(c.expr()), clauses(c.compFor()), r);
        }
        if (ctx instanceof ParenAtomContext c) {
            ExprListContext l = c.exprList();
            if (l.expr().size() == 1 && l.trailingComma == null) return expr(l.expr(0));
            return new Expr.Display(DisplayKind.TUPLE, exprs(l.expr()), r);
        }
        if (ctx instanceof EmptyListAtomContext) return new Expr.Display(DisplayKind.LIST, List.of(), r);
        if (ctx instanceof ListCompAtomContext c) {
            return new Expr.Comprehension(DisplayKind.LIST, expr(c.expr()), clauses(c.compFor()), r);
        }
        if (ctx instanceof ListAtomContext c) return new Expr.Display(DisplayKind.LIST, exprs(c.exprList().expr()), r);
        if (ctx instanceof EmptyDictAtomContext) return new Expr.DictDisplay(List.of(), r);
        if (ctx instanceof DictCompAtomContext c) {
            return new Expr.DictComprehension(expr(c.key), expr(c.value), clauses(c.compFor()), r);
        }
        if (ctx instanceof DictAtomContext c) {
            List<Expr.DictEntry> entries = new ArrayList<>();
            for (DictItemContext item : c.dictItem()) entries.add(new Expr.DictEntry(expr(item.key), expr(item.value)));
            return new Expr.DictDisplay(entries, r);
        }
        if (ctx instanceof SetCompAtomContext c) {
            return new Expr.Comprehension(DisplayKind.SET, expr(c.expr()), clauses(c.compFor()), r);
        }
        return new Expr.Display(DisplayKind.SET, exprs(((SetAtomContext) ctx).exprList().expr()), r);
    }

    private List<CompClause> clauses(CompForContext first) {
        List<CompClause> out = new ArrayList<>();
        CompForContext f = first;
        while (f != null) {
            out.add(new CompClause.ForClause(owner.targetList(f.targetList()), orTest(f.orTest())));
            CompIterContext iter = f.compIter();
            f = null;
            while (iter != null) {
                if (iter.compFor() != null) {
                    f = iter.compFor();
                    iter = null;
                } else {
                    CompIfContext i = iter.compIf();
                    out.add(new CompClause.IfClause(orTest(i.orTest())));
                    iter = i.compIter();
                }
            }
        }
        return out;
    }

    private SourceRange range(ParserRuleContext ctx) {
        return owner.range(ctx);
    }

}
