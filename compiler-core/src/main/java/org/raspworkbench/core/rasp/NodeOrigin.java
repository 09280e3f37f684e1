package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/**
 * How the program's run came to create a node, beyond the text of the primitive that made it.
 *
 * @param nameRange where the assignment that gave the node its name names it (the {@code x} of
 *                  {@code x = ...}); {@link SourceRange#NONE} for a node no assignment named
 * @param calls     the calls of the program's functions that were active when the node was made,
 *                  innermost first; empty for a node made at the top level. Nodes made by the same
 *                  text (a function's body called several times) differ here.
 * @param line      the whole source line on which the node's own text starts, without its
 *                  indentation; empty for a node made by no text (tokens, indices, length)
 */
public record NodeOrigin(SourceRange nameRange, List<CallSite> calls, String line) {
    public static final NodeOrigin NONE = new NodeOrigin(SourceRange.NONE, List.of(), "");

    public NodeOrigin {
        calls = List.copyOf(calls);
    }
}
