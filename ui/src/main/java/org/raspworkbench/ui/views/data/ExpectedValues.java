package org.raspworkbench.ui.views.data;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * What the RASP program says an S-op's values are on the traced input (one per input position,
 * BOS excluded, {@code None} where nothing was selected); typically the evaluator's
 * {@code valuesOf}. Empty where unknown.
 */
@FunctionalInterface
public interface ExpectedValues {
    ExpectedValues UNKNOWN = sop -> Optional.empty();

    /** The evaluator's values; it reports its failures as diagnostics, so a value it cannot give is unknown here. */
    static ExpectedValues of(Evaluation evaluation) {
        return sop -> {
            try {
                return Optional.of(evaluation.valuesOf(sop));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        };
    }

    Optional<List<Value>> valuesOf(SOp sop);
}
