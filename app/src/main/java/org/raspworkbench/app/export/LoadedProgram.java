package org.raspworkbench.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;

/** A program file read and compiled: the model, or the errors to print. */
record LoadedProgram(String name, CompiledModel model, List<Diagnostic> errors) {
    boolean failed() {
        return model == null;
    }

    static LoadedProgram load(Path file) {
        String name = stem(file);
        String source;
        try {
            source = Files.readString(file);
        } catch (NoSuchFileException e) {
            return failure(name, "there is no file " + file);
        } catch (IOException e) {
            return failure(name, "cannot read " + file + ": " + e.getMessage());
        }
        RunResult run = ProgramRunner.run(source);
        if (run.program().isEmpty()) {
            List<Diagnostic> errors = run.diagnostics().stream().filter(Diagnostic::isError).toList();
            return new LoadedProgram(name, null, errors.isEmpty() ? run.diagnostics() : errors);
        }
        Compilation c = Compiler.compile(run.program().get());
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (c.model().isEmpty() || !errors.isEmpty()) {
            if (errors.isEmpty()) errors = List.of(Diagnostic.error(ErrorKind.UNSUPPORTED, "the program did not compile", SourceRange.NONE));
            return new LoadedProgram(name, null, errors);
        }
        return new LoadedProgram(name, c.model().get(), List.of());
    }

    private static LoadedProgram failure(String name, String message) {
        return new LoadedProgram(name, null, List.of(Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE)));
    }

    /** {@code reverse} for {@code programs/reverse.rasp}: the model's name in titles and config. */
    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
