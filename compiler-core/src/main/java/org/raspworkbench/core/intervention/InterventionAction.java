package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.value.Value;

/** What an intervention does to its target's activation at the rows it covers. */
public sealed interface InterventionAction {
    /** Short words for lists and JSON: {@code zero}, {@code mean}, {@code patch}, {@code write}. */
    String label();

    /** Sets the activation to zero. */
    record Zero() implements InterventionAction {
        @Override
        public String label() {
            return "zero";
        }
    }

    /**
     * Sets the activation at each row to its mean, at that row, over the clean runs of
     * {@code inputs} long enough to have the row (see {@link MeanInputs} for the verifier's sample).
     */
    record Mean(List<List<Value>> inputs) implements InterventionAction {
        public Mean {
            inputs = inputs.stream().map(List::copyOf).toList();
        }

        @Override
        public String label() {
            return "mean";
        }
    }

    /**
     * Activation patching: sets the activation to its value in the clean run of {@code input} (the
     * corrupted input), row by row; rows that input lacks are left as they are.
     */
    record ReplaceFrom(List<Value> input) implements InterventionAction {
        public ReplaceFrom {
            input = List.copyOf(input);
        }

        @Override
        public String label() {
            return "patch";
        }
    }

    /**
     * Writes a value into an S-op's subspace (only for {@link InterventionTarget.SOpSubspace}): the
     * value's one-hot direction for a categorical S-op (which must have a direction for it), the
     * number itself for a numerical one.
     */
    record WriteValue(Value value) implements InterventionAction {
        @Override
        public String label() {
            return "write " + value.repr();
        }
    }
}
