package org.raspworkbench.core.syntax;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.source.Diagnostic;

/** A syntax tree when the text parsed cleanly, and every syntax error found otherwise. */
public record ParseResult(Optional<Program> program, List<Diagnostic> errors) {
    public ParseResult {
        errors = List.copyOf(errors);
    }
}
