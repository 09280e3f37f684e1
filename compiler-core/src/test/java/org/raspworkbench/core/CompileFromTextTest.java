package org.raspworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/** {@link Compiler#compile(String)} runs the text with the language's runner (it once was a stub). */
class CompileFromTextTest {
    @Test
    void aProgramTextCompilesToAModel() {
        Compilation c = Compiler.compile("set vocab \"ab\";\nset max_seq_len 3;\nh = selector_width(select(tokens, tokens, ==));\n");
        assertThat(c.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(c.program()).isPresent();
        assertThat(c.model()).isPresent();
        assertThat(c.model().get().output().sop().name()).isEqualTo("h");
    }

    @Test
    void theLanguagesErrorsComeBackWithoutAProgram() {
        Compilation c = Compiler.compile("set vocab \"ab\";\nset max_seq_len 3;\nh = select(tokens, tokens ==;\n");
        assertThat(c.program()).isEmpty();
        assertThat(c.model()).isEmpty();
        assertThat(c.diagnostics()).anyMatch(d -> d.isError() && d.kind() == ErrorKind.SYNTAX);
    }
}
