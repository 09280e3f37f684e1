package org.raspworkbench.core.syntax;

/** One {@code for} or {@code if} part of a comprehension. */
public sealed interface CompClause {
    record ForClause(Target target, Expr iterable) implements CompClause {
    }

    record IfClause(Expr condition) implements CompClause {
    }
}
