package org.raspworkbench.core.convert;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.source.Diagnostic;

/** The converted program's text, or the errors that stopped the conversion (with their ranges). */
public record Conversion(Optional<String> text, List<Diagnostic> diagnostics) {
    public Conversion {
        diagnostics = List.copyOf(diagnostics);
    }

    public static Conversion failed(List<Diagnostic> errors) {
        return new Conversion(Optional.empty(), errors);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
