package org.raspworkbench.core.input;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;

/** An input's tokens when they fit the program, and otherwise what is wrong (ranges point into the JSON). */
public record ParsedInput(Optional<List<Value>> values, List<Diagnostic> errors) {
    public ParsedInput {
        values = values.map(List::copyOf);
        errors = List.copyOf(errors);
    }
}
