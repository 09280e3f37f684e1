package org.raspworkbench.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourceRange;

/**
 * What {@code rasp check} does (run, then compile) never throws on damaged text: every result is
 * diagnostics or a model, no diagnostic is one of our bugs in disguise, every range lies inside
 * the text, and it returns within 10 s. Each try applies 1..4 mutations one after the other to a
 * sample program, a test program or a generated one, and checks every intermediate text, about
 * 2.5 texts per try (500 at the build's 200 tries).
 */
class CheckNeverCrashesFuzzTest {
    private static final long SECONDS = 10;
    // a pool, not one thread: a compile that overran keeps running, and must not delay the next one
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-check");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.oneOf(Arbitraries.of(stored()), ProgramSpecs.programs().map(SpecToSource::render));
    }

    @Provide
    Arbitrary<List<Mutation>> edits() {
        return Mutations.mutations().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(seed = "20261202")
    void checkAnswersEveryDamagedTextWithDiagnostics(@ForAll("sources") String source,
                                                     @ForAll("edits") List<Mutation> edits) {
        String text = source;
        for (Mutation m : edits) {
            text = m.apply(text);
            checkGivesAnAnswer(text);
        }
    }

    static void checkGivesAnAnswer(String text) {
        Compilation c = compileWithin(text);
        assertThat(c.diagnostics()).as("diagnostics of %s", text).noneMatch(InternalErrors::isInternal);
        for (Diagnostic d : c.diagnostics()) {
            assertThat(d.message()).as("message").isNotBlank();
            SourceRange r = d.range();
            assertThat(r.startOffset()).as("%s starts in the text", d).isBetween(0, r.endOffset());
            assertThat(r.endOffset()).as("%s ends in the text", d).isLessThanOrEqualTo(text.length());
            assertThat(r.start().line()).as("%s line", d).isPositive();
            assertThat(r.start().column()).as("%s column", d).isPositive();
        }
        assertThat(c.model().isPresent()).as("a model exactly when there is no error: %s", c.diagnostics())
                .isEqualTo(!c.hasErrors());
        Statistics.label("result").collect(c.hasErrors() ? c.diagnostics().stream().filter(Diagnostic::isError)
                .findFirst().orElseThrow().kind().label() : "compiles");
    }

    private static Compilation compileWithin(String text) {
        Future<Compilation> f = WORKER.submit(() -> Compiler.compile(text));
        try {
            return f.get(SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("check threw on:\n" + text, e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("check took more than " + SECONDS + " s on:\n" + text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The sample programs and the test programs, as text. */
    static List<String> stored() {
        List<String> out = new ArrayList<>();
        Path root = repositoryRoot();
        for (Path dir : List.of(root.resolve("sample-programs"), root.resolve("compiler-core/src/test/resources/tracr-cases"),
                root.resolve("compiler-core/src/test/resources/variant-cases"),
                root.resolve("compiler-core/src/test/resources/verification"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".rasp")).sorted().toList()) out.add(Files.readString(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no sample-programs folder above " + Path.of("").toAbsolutePath());
    }
}
