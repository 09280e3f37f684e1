package org.raspworkbench.core;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;

/**
 * What compiling a program's text produced: the program when it ran, the model when it compiled,
 * and every error and warning found on the way (errors mean no model).
 */
public record Compilation(Optional<RaspProgram> program, Optional<CompiledModel> model, List<Diagnostic> diagnostics) {
    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
