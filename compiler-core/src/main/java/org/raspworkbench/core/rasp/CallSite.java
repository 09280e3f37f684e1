package org.raspworkbench.core.rasp;

import org.raspworkbench.core.source.SourceRange;

/**
 * One call of a program's function on the way to creating a node.
 *
 * @param function   the called function's name ({@code lambda} for a lambda)
 * @param range      the call expression, for example {@code fetch_var(batch, 0)}
 * @param text       that expression's source text
 * @param occurrence which call of this call expression it was, from 1: a call in a loop or a
 *                   comprehension runs once per iteration, and this tells the iterations apart
 */
public record CallSite(String function, SourceRange range, String text, int occurrence) {
}
