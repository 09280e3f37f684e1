package org.raspworkbench.core.syntax;

import org.raspworkbench.core.source.SourceRange;

/** One argument of a call. */
public sealed interface Argument {
    SourceRange range();

    record Positional(Expr value) implements Argument {
        @Override
        public SourceRange range() {
            return value.range();
        }
    }

    record Keyword(String name, Expr value, SourceRange range) implements Argument {
    }

    /** {@code *xs}: the items of an iterable as positional arguments. */
    record Star(Expr value, SourceRange range) implements Argument {
    }

    /** A comparison written bare, as in {@code select(keys, queries, <=)}. */
    record Operator(Expr.CompareOp op, SourceRange range) implements Argument {
    }
}
