package org.raspworkbench.core.verification;

import java.util.List;
import org.raspworkbench.core.value.Value;

/**
 * One input on which model and program disagree.
 *
 * @param positions input positions (0 = first token after the BOS) where the outputs differ
 * @param model     the model's output per input position
 * @param program   the program's output per input position
 */
public record Counterexample(List<Value> input, List<Integer> positions, List<Value> model, List<Value> program,
                             Diagnosis diagnosis) {
    public Counterexample {
        input = List.copyOf(input);
        positions = List.copyOf(positions);
        model = List.copyOf(model);
        program = List.copyOf(program);
    }
}
