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
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/**
 * The Python front end never throws on damaged Tracr Python: every mutated sample or golden twin
 * gets diagnostics with ranges inside the text (none of them our bug) or a model, within 10 s.
 * Indentation is what Python text breaks most easily, so the mutations add and remove it too.
 */
class PythonNeverCrashesFuzzTest {
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-python");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stopWorker() {
        WORKER.shutdownNow();
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of(stored());
    }

    @Provide
    Arbitrary<List<Mutation>> edits() {
        Arbitrary<Mutation> indentation = Arbitraries.integers().between(0, 100_000).flatMap(at ->
                Arbitraries.of("    ", "\t", "\n", "  ", ":", "\n    ").map(s -> new Mutation.Insert(at, s)));
        return Arbitraries.oneOf(Mutations.mutations(), indentation).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 150, seed = "20261201")
    void everyDamagedScriptGetsAnAnswer(@ForAll("sources") String source, @ForAll("edits") List<Mutation> edits) {
        String text = source;
        for (Mutation m : edits) {
            text = m.apply(text);
            Compilation c = StoredPrograms.compileWithin(WORKER, text, SurfaceSyntax.PYTHON, 10);
            assertThat(c.diagnostics()).as("diagnostics of %s", text).noneMatch(InternalErrors::isInternal);
            for (Diagnostic d : c.diagnostics()) {
                SourceRange r = d.range();
                assertThat(d.message()).isNotBlank();
                assertThat(r.startOffset()).as("%s starts in the text", d).isBetween(0, r.endOffset());
                assertThat(r.endOffset()).as("%s ends in the text", d).isLessThanOrEqualTo(text.length());
            }
            assertThat(c.model().isPresent()).as("a model exactly when there is no error: %s", c.diagnostics())
                    .isEqualTo(!c.hasErrors());
        }
    }

    /** The Tracr Python samples and the golden cases' Tracr twins. */
    static List<String> stored() {
        return StoredPrograms.read(".py", "sample-programs", "compiler-core/src/test/resources/tracr-python");
    }
}
