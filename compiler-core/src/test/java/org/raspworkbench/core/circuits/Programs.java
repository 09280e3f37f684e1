package org.raspworkbench.core.circuits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;

/** Compiles the repository's sample programs and the test resources for the circuit tests. */
final class Programs {
    private Programs() {
    }

    static CompiledModel sample(String name) {
        return compile(read(samples().resolve(name + ".rasp")), name);
    }

    static CompiledModel resource(String path) {
        return compile(read(Path.of("src/test/resources/" + path)), path);
    }

    static CompiledModel compile(String source, String what) {
        Compilation c = Compiler.compile(source);
        assertThat(c.hasErrors()).as("%s compiles: %s", what, c.diagnostics()).isFalse();
        return c.model().orElseThrow();
    }

    static String sampleSource(String name) {
        return read(samples().resolve(name + ".rasp"));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samples() {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("sample-programs")) && Files.exists(d.resolve("pom.xml"))) {
                return d.resolve("sample-programs");
            }
        }
        throw new IllegalStateException("no sample-programs folder above " + Paths.get("").toAbsolutePath());
    }
}
