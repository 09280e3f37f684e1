package org.raspworkbench.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.source.Diagnostic;

/** An error about an implicit output that is a built-in S-op points at the assignment that made it the output. */
class ImplicitOutputRangeTest {
    private static Diagnostic onlyError(String source) {
        Compilation c = Compiler.compile(source);
        return c.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    }

    @Test
    void anOutputThatNeedsNoLayerPointsAtItsAssignment() {
        Diagnostic d = onlyError("set vocab \"ab\";\nset max_seq_len 4;\nx = 1;\nr = tokens;\n");
        assertThat(d.message()).contains("needs no layer");
        assertThat(d.range().start().line()).isEqualTo(4);
        assertThat(d.range().start().column()).isEqualTo(1);
        assertThat(d.range().end().line()).isEqualTo(4);
        assertThat(d.range().end().column()).isGreaterThan(d.range().start().column());
    }

    @Test
    void theLastAssignmentIsTheOne() {
        Diagnostic d = onlyError("set vocab \"ab\";\nset max_seq_len 4;\nr = tokens;\n\nr = indices;\n");
        assertThat(d.range().start().line()).isEqualTo(5);
    }
}
