package org.raspworkbench.ui.views.intervention;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;

/**
 * The corrupted input and the model's run on it: empty text means none; text the program cannot
 * take has {@code errors} (ranges in the input) and no run.
 */
public record CorruptedRun(String text, Optional<List<Value>> input, Optional<ForwardTrace> trace,
                           List<Diagnostic> errors) {
    public static final CorruptedRun NONE = new CorruptedRun("", Optional.empty(), Optional.empty(), List.of());

    public CorruptedRun {
        input = input.map(List::copyOf);
        errors = List.copyOf(errors);
    }

    /** The first error, in the input's terms; empty when there is none. */
    public String errorText() {
        return errors.isEmpty() ? "" : errors.get(0).message();
    }
}
