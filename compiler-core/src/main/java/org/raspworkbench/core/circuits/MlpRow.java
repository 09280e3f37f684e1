package org.raspworkbench.core.circuits;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.value.Value;

/**
 * One input of an MLP table: the MLP run on the residual vector of {@code inputs} (one value, or a
 * pair for a sequence map), its output decoded, and the program's function on the same values.
 *
 * @param onValueSet true for the values the MLP was built for (the value sets); false for the grid
 *                   points between them that show a numerical MLP's shape
 * @param model      the output decoded as verification decodes it (argmax with ties, or the number)
 * @param written    whether the MLP wrote anything to the output (a categorical MLP writes nothing
 *                   where Tracr dropped the entry); when false {@code model} is the argmax of zeros
 * @param program    the program's function on the inputs; empty when it fails there
 * @param failure    why the program's function fails there, if it does
 */
public record MlpRow(List<Value> inputs, boolean onValueSet, Readout model, boolean written, Optional<Value> program,
                     Optional<String> failure, Agreement agreement) {
    public MlpRow {
        inputs = List.copyOf(inputs);
    }
}
