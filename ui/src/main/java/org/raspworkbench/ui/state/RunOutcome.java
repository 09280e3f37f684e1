package org.raspworkbench.ui.state;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The model run on one example input: the parsed input (absent when the text is not a valid
 * input), the forward pass and the digest the views read of it, what is wrong with the input text
 * (ranges are in the input, not the program), and the warnings of the run (ranges in the program).
 */
public record RunOutcome(String inputText, Optional<List<Value>> input, Optional<ForwardTrace> trace,
                         Optional<TraceDigest> digest, List<Diagnostic> inputErrors, List<Diagnostic> warnings) {
    public RunOutcome {
        input = input.map(List::copyOf);
        inputErrors = List.copyOf(inputErrors);
        warnings = List.copyOf(warnings);
    }

    public static RunOutcome invalidInput(String inputText, List<Diagnostic> errors) {
        return new RunOutcome(inputText, Optional.empty(), Optional.empty(), Optional.empty(), errors, List.of());
    }
}
