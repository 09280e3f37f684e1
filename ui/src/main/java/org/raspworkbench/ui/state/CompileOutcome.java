package org.raspworkbench.ui.state;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;

/**
 * One compilation of one version of the editor's text: the program it ran to (if it ran), and every
 * error and warning found on the way, and how its model's layers are laid out ({@link
 * ModelLayout#EMPTY} when there is no model).
 */
public record CompileOutcome(String source, Optional<RaspProgram> program, ModelLayout layout,
                             List<Diagnostic> diagnostics, Duration elapsed) {
    public CompileOutcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** True when this outcome can replace what the views show. */
    public boolean isUsable() {
        return program.isPresent() && !hasErrors();
    }
}
