package org.raspworkbench.core.syntax;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.raspworkbench.core.source.SourceRange;

/**
 * {@code a op b op c} grouped to the left, each step spanning from the chain's start to its last
 * operand: the same rule for both surface syntaxes, whose parse trees differ only in their types.
 */
final class OperatorChains {
    private OperatorChains() {
    }

    /** Joins the {@code i}th operator's operands. */
    interface Join {
        Expr join(int i, Expr left, Expr right, SourceRange range);
    }

    static <T extends ParserRuleContext> Expr leftChain(ParserRuleContext whole, List<T> operands,
                                                        Function<T, Expr> operand, Join join,
                                                        BiFunction<ParserRuleContext, ParserRuleContext, SourceRange> span) {
        Expr left = operand.apply(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            T next = operands.get(i);
            left = join.join(i - 1, left, operand.apply(next), span.apply(whole, next));
        }
        return left;
    }
}
