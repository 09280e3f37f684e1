package org.raspworkbench.core.syntax;

import java.util.List;

/** A parsed program: its top-level statements, and the text they came from. */
public record Program(List<Stmt> statements, SourceText text) {
    public Program {
        statements = List.copyOf(statements);
    }
}
