package org.raspworkbench.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SurfaceSyntax;

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
        Compilation c = StoredPrograms.compileWithin(WORKER, text, SurfaceSyntax.RASP, SECONDS);
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

    /** The sample programs and the test programs, as text. */
    static List<String> stored() {
        return StoredPrograms.read(".rasp", "sample-programs", "compiler-core/src/test/resources/tracr-cases",
                "compiler-core/src/test/resources/variant-cases", "compiler-core/src/test/resources/verification");
    }
}
