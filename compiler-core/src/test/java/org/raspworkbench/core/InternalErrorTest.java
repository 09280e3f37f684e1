package org.raspworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.raspworkbench.core.allocation.BlockBuilder;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.junit.jupiter.api.Test;

/** A bug of ours inside a pass is logged with its stack trace and reported as {@code internal}, never as the program's fault. */
class InternalErrorTest {
    private static final String SOURCE = "set vocab {1, 2};\nset max_seq_len 3;\nout = map(lambda x: x + 1, tokens);\n";

    @Test
    void anExceptionInsideAPassIsAnInternalErrorWithItsStackTraceLogged() {
        RaspProgram program = ProgramRunner.run(SOURCE).program().orElseThrow();
        BlockBuilder broken = (op, ctx) -> {
            throw new IllegalStateException("injected bug in the craft pass");
        };
        Logged<Compilation> run = logged(() -> Compiler.compile(program, SizeLimits.DEFAULT, broken));

        assertThat(run.result().model()).isEmpty();
        Diagnostic d = run.result().diagnostics().get(run.result().diagnostics().size() - 1);
        assertThat(d.kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(d.kind().label()).isEqualTo("internal");
        assertThat(d.message()).startsWith("internal error, see the log").contains("injected bug in the craft pass");
        assertThat(run.stderr()).contains("IllegalStateException: injected bug in the craft pass")
                .containsPattern("\\tat org\\.raspworkbench\\.core\\.");
    }

    record Logged<T>(T result, String stderr) {
    }

    static synchronized <T> Logged<T> logged(Supplier<T> work) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            T result = work.get();
            return new Logged<>(result, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}
