package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourceRange;

/**
 * What running a program's text produces: its settings, the S-op it outputs, every S-op and
 * selector it created (creation order, final unique names) and the warnings found on the way.
 *
 * @param outputRange where the program names its output: the expression of its {@code output}
 *                    statement, else the output S-op's own range. Errors about the output point here,
 *                    since a built-in output such as {@code tokens} has no text of its own.
 * @param origins     indexed by node id: where each node was named and which calls made it; empty
 *                    for a program assembled without running text (tests, tools)
 */
public record RaspProgram(CompileSettings settings, SOp output, List<RaspExpr> nodes, List<Diagnostic> warnings,
                          SourceRange outputRange, List<NodeOrigin> origins) {
    public RaspProgram {
        nodes = List.copyOf(nodes);
        warnings = List.copyOf(warnings);
        origins = List.copyOf(origins);
    }

    /** A program without origins. */
    public RaspProgram(CompileSettings settings, SOp output, List<RaspExpr> nodes, List<Diagnostic> warnings,
                       SourceRange outputRange) {
        this(settings, output, nodes, warnings, outputRange, List.of());
    }

    /** A program whose output is named by the output S-op's own text. */
    public RaspProgram(CompileSettings settings, SOp output, List<RaspExpr> nodes, List<Diagnostic> warnings) {
        this(settings, output, nodes, warnings, output.range());
    }

    /** Where the node was named and which calls made it ({@link NodeOrigin#NONE} when unknown). */
    public NodeOrigin origin(RaspExpr node) {
        int id = node.id();
        return id >= 0 && id < origins.size() && nodes.get(id) == node ? origins.get(id) : NodeOrigin.NONE;
    }
}
