package org.raspworkbench.ui.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.FakeEngine;
import org.junit.jupiter.api.Test;

/** A failure of the compiler or the model run reaches the problems list as {@code internal}, and the IDE is not left busy. */
class FailuresAreShownTest {
    /** The fake compiler, whose model run throws a bug of ours while {@code failRuns} is set. */
    private static final class BrokenRuns implements Engine {
        private final FakeEngine fake = new FakeEngine();
        volatile boolean failRuns;

        @Override
        public CompileOutcome compile(String source) {
            return fake.compile(source);
        }

        @Override
        public RunOutcome run(CompileOutcome compiled, String inputText) {
            if (failRuns) throw new IllegalStateException("injected bug in the forward pass");
            return fake.run(compiled, inputText);
        }
    }

    @Test
    void aRunThatThrowsShowsAnInternalErrorAndClearsBusy() throws Exception {
        WorkbenchState state = new WorkbenchState();
        BrokenRuns engine = new BrokenRuns();
        engine.failRuns = true;
        try (CompilationService service = new CompilationService(engine, state, Runnable::run)) {
            service.compileNow("a = tokens;\nset example [1, 2];");
            waitFor(() -> !state.busyProperty().get() && hasInternal(state.problems()));
            assertThat(internal(state.problems()).message()).contains("injected bug in the forward pass");
        }
    }

    @Test
    void aLaterRunOnANewInputThatThrowsIsShownToo() throws Exception {
        WorkbenchState state = new WorkbenchState();
        BrokenRuns engine = new BrokenRuns();
        try (CompilationService service = new CompilationService(engine, state, Runnable::run)) {
            service.compileNow("a = tokens;\nset example [1, 2];");
            waitFor(() -> state.runProperty().get() != null && !state.busyProperty().get());
            assertThat(hasInternal(state.problems())).isFalse();
            engine.failRuns = true;
            state.exampleInputProperty().set("[2, 1]");
            service.runNow();
            waitFor(() -> hasInternal(state.problems()));
            assertThat(internal(state.problems()).message()).startsWith("internal error, see the log");
        }
    }

    @Test
    void aCompilerBugInACorePassIsInternal() {
        CoreEngine engine = new CoreEngine((op, ctx) -> {
            throw new IllegalStateException("injected bug in the craft pass");
        });
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        CompileOutcome out;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            out = engine.compile("set vocab {1, 2};\nset max_seq_len 3;\nout = map(lambda x: x + 1, tokens);\n");
        } finally {
            System.setErr(old);
        }
        assertThat(out.model()).isEmpty();
        assertThat(internal(out.diagnostics()).message()).startsWith("internal error, see the log")
                .contains("injected bug in the craft pass");
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("IllegalStateException: injected bug in the craft pass").contains("\tat org.raspworkbench.");
    }

    private static boolean hasInternal(List<Diagnostic> ds) {
        return ds.stream().anyMatch(d -> d.kind() == ErrorKind.INTERNAL);
    }

    private static Diagnostic internal(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.kind() == ErrorKind.INTERNAL).findFirst().orElseThrow(
                () -> new AssertionError("no internal error in " + ds));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out");
            Thread.sleep(20);
        }
    }
}
