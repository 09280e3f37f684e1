package org.raspworkbench.core.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The {@code .rasp} sample programs of the repository and the shared golden programs, sorted. */
public final class ProgramFiles {
    private ProgramFiles() {
    }

    public static Stream<Path> samplesAndGolden() throws IOException {
        Path root = repositoryRoot();
        Path golden = root.resolveSibling("shared").resolve("golden");
        Stream<Path> samples = Files.list(root.resolve("sample-programs"));
        Stream<Path> goldens = Files.isDirectory(golden) ? Files.list(golden) : Stream.empty();
        return Stream.concat(samples, goldens).filter(p -> p.toString().endsWith(".rasp")).sorted();
    }

    /** {@code sample-programs/} of the repository: the tests run in a module folder below its root. */
    public static Path samplesFolder() {
        return repositoryRoot().resolve("sample-programs");
    }

    /** The folder above the working directory that holds {@code sample-programs} and the pom. */
    public static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no sample-programs folder above " + Path.of("").toAbsolutePath());
    }
}
