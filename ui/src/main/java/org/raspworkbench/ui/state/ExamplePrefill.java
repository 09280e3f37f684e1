package org.raspworkbench.ui.state;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.value.Value;

/**
 * When the input field takes the program's {@code set example}: whenever the program's example
 * differs from the one copied in last time. Editing the input by hand therefore sticks until the
 * program's own example changes.
 */
public final class ExamplePrefill {
    private ExamplePrefill() {
    }

    /** The input text to run {@code program} on, given what the field holds now. */
    public static String inputFor(RaspProgram program, String currentInput, Optional<List<Value>> prefilledBefore) {
        Optional<List<Value>> example = program.settings().example();
        if (example.isPresent() && !example.equals(prefilledBefore)) return InputText.format(example.get());
        return currentInput;
    }
}
