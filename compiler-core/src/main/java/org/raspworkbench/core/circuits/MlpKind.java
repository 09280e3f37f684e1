package org.raspworkbench.core.circuits;

/** Which of Tracr's MLP constructions an S-op's MLP is, and so how its table is read. */
public enum MlpKind {
    /** {@code map} from categorical to categorical: a lookup table, one row per input value. */
    CATEGORICAL_MAP("categorical_map"),
    /** {@code map} from categorical to numerical: one row per input value. */
    CATEGORICAL_TO_NUMERICAL("categorical_to_numerical_map"),
    /** {@code map} from numerical to categorical: a discretising MLP, rows at the input's values. */
    NUMERICAL_TO_CATEGORICAL("numerical_to_categorical_map"),
    /** {@code map} from numerical to numerical: a discretising MLP, rows at the input's values. */
    NUMERICAL_MAP("numerical_map"),
    /** {@code sequence_map} of two categorical S-ops: one row per pair of values (one value when both are the same S-op). */
    SEQUENCE_MAP("sequence_map"),
    /** {@code a*x + b*y} of numerical S-ops: one row per pair of values. */
    LINEAR_SEQUENCE_MAP("linear_sequence_map"),
    /** The MLP half of {@code selector_width}: from {@code 1/(w+1)} back to the width w. */
    SELECTOR_WIDTH("selector_width");

    private final String label;

    MlpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
