package org.raspworkbench.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/** What the never-crashes fuzz tests of both syntaxes share: the stored programs they damage, and a bounded compile. */
final class StoredPrograms {
    private StoredPrograms() {
    }

    /** The files ending in {@code extension} in these folders (relative to the repository), as text. */
    static List<String> read(String extension, String... folders) {
        List<String> out = new ArrayList<>();
        Path root = repositoryRoot();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path p : files.filter(p -> p.toString().endsWith(extension)).sorted().toList()) out.add(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Compiles on {@code worker}; a throw or a compile past {@code seconds} fails the test, naming the text. */
    static Compilation compileWithin(ExecutorService worker, String text, SurfaceSyntax syntax, long seconds) {
        Future<Compilation> f = worker.submit(() -> Compiler.compile(text, syntax));
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("check threw on:\n" + text, e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("check took more than " + seconds + " s on:\n" + text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no sample-programs folder above " + Path.of("").toAbsolutePath());
    }
}
