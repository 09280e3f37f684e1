package org.raspworkbench.core.intervention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;

/** Compiled sample programs and program texts for the intervention tests. */
final class Samples {
    private Samples() {
    }

    /** {@code sample-programs/NAME.rasp}, compiled. */
    static CompiledModel sample(String name) {
        try {
            return compile(Files.readString(repoRoot().resolve("sample-programs").resolve(name + ".rasp")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledModel compile(String text) {
        Compilation c = Compiler.compile(text);
        if (c.model().isEmpty()) throw new AssertionError("did not compile: " + c.diagnostics());
        return c.model().get();
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
