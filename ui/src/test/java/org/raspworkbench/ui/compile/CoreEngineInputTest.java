package org.raspworkbench.ui.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;

/** What the real engine makes of the input field's text. */
class CoreEngineInputTest {
    private final CoreEngine engine = new CoreEngine();
    private final CompileOutcome compiled = engine.compile("set vocab [1, 2];\nset max_seq_len 3;\nm = map(lambda x: x + 1, tokens);\noutput m;");

    @Test
    void anEmptyFieldIsNoInputYetNotAnError() {
        // A program without `set example` opens with an empty field: nothing to run, nothing wrong.
        for (String blank : new String[] {"", "   "}) {
            RunOutcome run = engine.run(compiled, blank);
            assertThat(run.inputErrors()).isEmpty();
            assertThat(run.trace()).isEmpty();
        }
    }

    @Test
    void aBrokenInputIsStillAnErrorAtItsPosition() {
        RunOutcome run = engine.run(compiled, "[01]");
        assertThat(run.inputErrors()).hasSize(1);
        assertThat(run.inputErrors().get(0).range().start().column()).isEqualTo(3);
    }
}
