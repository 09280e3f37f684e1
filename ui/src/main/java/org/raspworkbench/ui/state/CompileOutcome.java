package org.raspworkbench.ui.state;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.ui.views.data.ModelDigest;

/**
 * One compilation of one version of the editor's text: the program it ran to (if it ran), the
 * compiled model with the digest the views read and the layout the debugger walks (if it
 * compiled), and every error and warning found on the way. Built on a background thread.
 */
public record CompileOutcome(String source, Optional<RaspProgram> program, Optional<CompiledModel> model,
                             Optional<ModelDigest> digest, ModelLayout layout, List<Diagnostic> diagnostics,
                             Duration elapsed) {
    public CompileOutcome {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A compilation that produced no program. */
    public static CompileOutcome failed(String source, List<Diagnostic> diagnostics, Duration elapsed) {
        return new CompileOutcome(source, Optional.empty(), Optional.empty(), Optional.empty(), ModelLayout.EMPTY,
                diagnostics, elapsed);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** True when this outcome can replace what the views show. */
    public boolean isUsable() {
        return program.isPresent() && !hasErrors();
    }
}
