package org.raspworkbench.core.program;


import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;

/** The program's RASP DAG when it ran without errors, and every diagnostic (errors and warnings). */
public record RunResult(Optional<RaspProgram> program, List<Diagnostic> diagnostics) {
    public RunResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return program.isPresent();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
