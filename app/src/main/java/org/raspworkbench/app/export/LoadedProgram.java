package org.raspworkbench.app.export;

import java.nio.file.Path;
import java.util.List;
import org.raspworkbench.app.ProgramFile;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;

/** A program file read and compiled: the model, or the errors to print. */
record LoadedProgram(String name, CompiledModel model, List<Diagnostic> errors) {
    boolean failed() {
        return model == null;
    }

    static LoadedProgram load(String file) {
        String name = stem(Path.of(file));
        ProgramFile source = ProgramFile.read(file);
        if (source.problem().isPresent()) return new LoadedProgram(name, null, List.of(source.problem().get()));
        Compilation c = Compiler.compile(source.text().orElseThrow(), source.syntax());
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (c.model().isEmpty() || !errors.isEmpty()) {
            if (errors.isEmpty()) {
                errors = List.of(Diagnostic.error(ErrorKind.UNSUPPORTED, "the program did not compile", SourceRange.NONE));
            }
            return new LoadedProgram(name, null, errors);
        }
        return new LoadedProgram(name, c.model().get(), List.of());
    }

    /** {@code reverse} for {@code programs/reverse.rasp}: the model's name in titles and config. */
    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
