package org.raspworkbench.ui.compile;

import java.time.Duration;
import java.util.List;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;

/** Stands in for the compiler until the core's front end and compiler are merged. */
public final class PendingEngine implements Engine {
    @Override
    public CompileOutcome compile(String source) {
        Diagnostic d = Diagnostic.warning(ErrorKind.UNSUPPORTED, "the compiler is not available in this build yet",
                SourceRange.NONE);
        return CompileOutcome.failed(source, List.of(d), Duration.ZERO);
    }

    @Override
    public RunOutcome run(CompileOutcome compiled, String inputText) {
        return RunOutcome.invalidInput(inputText, List.of());
    }
}
