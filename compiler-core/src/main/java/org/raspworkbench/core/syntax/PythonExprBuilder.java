package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.Expr.BinaryOp;
import org.raspworkbench.core.syntax.Expr.CompareOp;
import org.raspworkbench.core.syntax.Expr.DisplayKind;
import org.raspworkbench.core.syntax.PythonGrammarParser.*;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;

/** Turns the Python parse tree's expressions into {@link Expr} records. */
final class PythonExprBuilder {
    private final PythonAstBuilder owner;
    private final PythonAstBuilder.PythonRanges ranges;
    private int depth;

    PythonExprBuilder(PythonAstBuilder owner, PythonAstBuilder.PythonRanges ranges) {
        this.owner = owner;
        this.ranges = ranges;
    }

    Expr exprList(ExprListContext ctx) {
        if (ctx.listItem().size() == 1 && ctx.trailingComma == null && ctx.listItem(0) instanceof PlainItemContext p) {
            return expr(p.expr());
        }
        return new Expr.Display(DisplayKind.TUPLE, items(ctx), range(ctx));
    }

    private List<Expr> items(ExprListContext ctx) {
        List<Expr> out = new ArrayList<>();
        for (ListItemContext item : ctx.listItem()) {
            if (item instanceof StarItemContext s) out.add(new Expr.Starred(bitOr(s.bitOr()), range(s)));
            else out.add(expr(((PlainItemContext) item).expr()));
        }
        return out;
    }

    Expr expr(ExprContext ctx) {
        if (++depth > ExprBuilder.MAX_NESTING) {
            throw new RaspException(ErrorKind.LIMIT, "expressions are nested more than " + ExprBuilder.MAX_NESTING
                    + " deep here", range(ctx));
        }
        try {
            if (ctx instanceof LambdaExprContext c) {
                return new Expr.Lambda(owner.lambdaParams(c.lambdaParamList()), expr(c.expr()), range(c));
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
        return OperatorChains.leftChain(whole, operands, operand, join,
                (w, last) -> ranges.range(w.getStart(), last.getStop()));
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
        Expr left = first;
        for (int i = 0; i < ctx.compOp().size(); i++) {
            Expr right = bitOr(ctx.bitOr(i + 1));
            ops.add(compareOp(ctx.compOp(i), left, right));
            rest.add(right);
            left = right;
        }
        return new Expr.Compare(first, ops, rest, range(ctx));
    }

    /**
     * {@code is} compares identity, which only None, True and False have in common with equality;
     * with one of those on either side it is {@code ==}, otherwise it is refused.
     */
    private CompareOp compareOp(CompOpContext ctx, Expr left, Expr right) {
        if (ctx.IS() != null) {
            if (!isSingleton(left) && !isSingleton(right)) {
                throw PythonAstBuilder.unsupported("'is' compares identity, which values here do not have: "
                        + "compare with == (or use 'is' only with None, True or False)", range(ctx));
            }
            return ctx.NOT() != null ? CompareOp.NEQ : CompareOp.EQ;
        }
        if (ctx.NOT() != null) return CompareOp.NOT_IN;
        return switch (ctx.getStart().getType()) {
            case PythonGrammarLexer.LT -> CompareOp.LT;
            case PythonGrammarLexer.GT -> CompareOp.GT;
            case PythonGrammarLexer.EQ -> CompareOp.EQ;
            case PythonGrammarLexer.GEQ -> CompareOp.GEQ;
            case PythonGrammarLexer.LEQ -> CompareOp.LEQ;
            case PythonGrammarLexer.NEQ -> CompareOp.NEQ;
            default -> CompareOp.IN;
        };
    }

    private static boolean isSingleton(Expr e) {
        return e instanceof Expr.Literal l && (l.value() instanceof NoneValue || l.value() instanceof BoolValue);
    }

    private Expr bitOr(BitOrContext ctx) {
        return leftChain(ctx, ctx.bitXor(), this::bitXor,
                (i, left, right, r) -> new Expr.Binary(BinaryOp.BITOR, left, right, r));
    }

    private Expr bitXor(BitXorContext ctx) {
        if (ctx.bitAnd().size() > 1) {
            throw PythonAstBuilder.unsupported("'^' is not supported; for sets write (a | b) - (a & b)", range(ctx));
        }
        return bitAnd(ctx.bitAnd(0));
    }

    private Expr bitAnd(BitAndContext ctx) {
        return leftChain(ctx, ctx.shift(), this::shift,
                (i, left, right, r) -> new Expr.Binary(BinaryOp.BITAND, left, right, r));
    }

    private Expr shift(ShiftContext ctx) {
        if (ctx.arith().size() > 1) {
            throw PythonAstBuilder.unsupported("the shift operators << and >> are not supported; multiply or "
                    + "floor-divide by a power of 2", range(ctx));
        }
        return arith(ctx.arith(0));
    }

    private Expr arith(ArithContext ctx) {
        return leftChain(ctx, ctx.term(), this::term, (i, left, right, r) -> new Expr.Binary(
                ctx.addOp(i).getStart().getType() == PythonGrammarLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUB,
                left, right, r));
    }

    private Expr term(TermContext ctx) {
        return leftChain(ctx, ctx.factor(), this::factor,
                (i, left, right, r) -> new Expr.Binary(mulOp(ctx.mulOp(i)), left, right, r));
    }

    private BinaryOp mulOp(MulOpContext ctx) {
        return switch (ctx.getStart().getType()) {
            case PythonGrammarLexer.STAR -> BinaryOp.MUL;
            case PythonGrammarLexer.SLASH -> BinaryOp.DIV;
            case PythonGrammarLexer.FLOORDIV -> BinaryOp.FLOORDIV;
            case PythonGrammarLexer.PERCENT -> BinaryOp.MOD;
            default -> throw PythonAstBuilder.unsupported("matrix multiplication '@' is not supported", range(ctx));
        };
    }

    private Expr factor(FactorContext ctx) {
        if (ctx instanceof SignedFactorContext c) {
            if (++depth > ExprBuilder.MAX_NESTING) {
                throw new RaspException(ErrorKind.LIMIT, "too many signs in a row here", range(c));
            }
            try {
                Expr.UnaryOp op = switch (c.sign.getType()) {
                    case PythonGrammarLexer.MINUS -> Expr.UnaryOp.NEG;
                    case PythonGrammarLexer.TILDE -> Expr.UnaryOp.INVERT;
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
        return new Expr.Binary(BinaryOp.POW, base, factor(p.factor()), range(p));
    }

    private Expr primary(PrimaryContext ctx) {
        Expr value = atom(ctx.atom());
        for (TrailerContext t : ctx.trailer()) {
            SourceRange r = ranges.range(ctx.getStart(), t.getStop());
            if (t instanceof CallTrailerContext c) {
                value = new Expr.Call(value, args(c.argList()), r);
            } else if (t instanceof AttributeTrailerContext a) {
                value = new Expr.Attribute(value, a.NAME().getText(), r);
            } else {
                SubscriptContext s = ((IndexTrailerContext) t).subscript();
                if (s instanceof IndexSubscriptContext i) {
                    value = new Expr.Index(value, exprList(i.exprList()), r);
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
            } else if (a instanceof KwargsArgumentContext k) {
                throw PythonAstBuilder.unsupported("'**' arguments are not supported; pass each keyword argument "
                        + "by name", range(k));
            } else if (a instanceof StarArgumentContext s) {
                out.add(new Argument.Star(expr(s.expr()), range(s)));
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
        if (ctx instanceof NumberAtomContext c) {
            return new Expr.Literal(Literals.number(c.NUMBER().getText().replace("_", ""), r), r);
        }
        if (ctx instanceof StringAtomContext c) return strings(c.STRING(), r);
        if (ctx instanceof ConstAtomContext c) {
            int type = c.getStart().getType();
            if (type == PythonGrammarLexer.NONE) return new Expr.Literal(NoneValue.NONE, r);
            return new Expr.Literal(BoolValue.of(type == PythonGrammarLexer.TRUE), r);
        }
        if (ctx instanceof EllipsisAtomContext) {
            throw PythonAstBuilder.unsupported("'...' (Ellipsis) is not supported", r);
        }
        if (ctx instanceof EmptyTupleAtomContext) return new Expr.Display(DisplayKind.TUPLE, List.of(), r);
        if (ctx instanceof GeneratorAtomContext c) {
            return new Expr.Comprehension(DisplayKind.GENERATOR, expr(c.expr()), clauses(c.compFor()), r);
        }
        if (ctx instanceof ParenAtomContext c) {
            ExprListContext l = c.exprList();
            if (l.listItem().size() == 1 && l.trailingComma == null && l.listItem(0) instanceof PlainItemContext p) {
                return expr(p.expr());
            }
            return new Expr.Display(DisplayKind.TUPLE, items(l), r);
        }
        if (ctx instanceof EmptyListAtomContext) return new Expr.Display(DisplayKind.LIST, List.of(), r);
        if (ctx instanceof ListCompAtomContext c) {
            return new Expr.Comprehension(DisplayKind.LIST, expr(c.expr()), clauses(c.compFor()), r);
        }
        if (ctx instanceof ListAtomContext c) return new Expr.Display(DisplayKind.LIST, items(c.exprList()), r);
        if (ctx instanceof EmptyDictAtomContext) return new Expr.DictDisplay(List.of(), r);
        if (ctx instanceof DictCompAtomContext c) {
            return new Expr.DictComprehension(expr(c.key), expr(c.value), clauses(c.compFor()), r);
        }
        if (ctx instanceof DictAtomContext c) {
            List<Expr.DictEntry> entries = new ArrayList<>();
            for (DictItemContext item : c.dictItem()) {
                if (item instanceof UnpackItemContext u) {
                    throw PythonAstBuilder.unsupported("'**' in a dict display is not supported; build the dict "
                            + "with a comprehension", range(u));
                }
                KeyValueItemContext kv = (KeyValueItemContext) item;
                entries.add(new Expr.DictEntry(expr(kv.key), expr(kv.value)));
            }
            return new Expr.DictDisplay(entries, r);
        }
        if (ctx instanceof SetCompAtomContext c) {
            return new Expr.Comprehension(DisplayKind.SET, expr(c.expr()), clauses(c.compFor()), r);
        }
        return new Expr.Display(DisplayKind.SET, items(((SetAtomContext) ctx).exprList()), r);
    }

    /** Adjacent strings join, as in Python; an f-string among them makes the whole an f-string. */
    private Expr strings(List<TerminalNode> tokens, SourceRange whole) {
        List<Expr.FStringPart> parts = new ArrayList<>();
        boolean formatted = false;
        for (TerminalNode node : tokens) {
            Token t = node.getSymbol();
            PythonStrings.Parsed s = PythonStrings.parse(t.getText(), ranges.range(t));
            int bodyStart = ranges.local().charOffset(t.getStartIndex()) + s.bodyOffset();
            if (s.formatted()) {
                formatted = true;
                parts.addAll(PythonStrings.fields(s, bodyStart, this::field, ranges));
            } else {
                parts.add(new Expr.FStringPart.Text(s.value()));
            }
        }
        if (!formatted) {
            StringBuilder sb = new StringBuilder();
            for (Expr.FStringPart p : parts) sb.append(((Expr.FStringPart.Text) p).text());
            return new Expr.Literal(StrValue.of(sb.toString()), whole);
        }
        return new Expr.FString(parts, whole);
    }

    /** Parses an f-string field's expression text, which starts at char {@code at} of the parsed text. */
    private Expr field(String source, int at) {
        return PythonParser.fieldExpr(ranges.text(), source, ranges.base() + at, ranges.anonymous());
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
        return ranges.range(ctx);
    }
}
