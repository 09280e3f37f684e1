package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.Diagnostic;

/**
 * What running a program's text produces: its settings, the S-op it outputs, every S-op and
 * selector it created (creation order, final unique names) and the warnings found on the way.
 */
public record RaspProgram(CompileSettings settings, SOp output, List<RaspExpr> nodes, List<Diagnostic> warnings) {
    public RaspProgram {
        nodes = List.copyOf(nodes);
        warnings = List.copyOf(warnings);
    }
}
