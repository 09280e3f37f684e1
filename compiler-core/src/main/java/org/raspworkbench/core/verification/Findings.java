package org.raspworkbench.core.verification;

import java.util.List;
import java.util.Optional;

/**
 * What checking a plan's inputs found, before any fix is searched for.
 *
 * @param groups           the disagreeing inputs by cause and S-op, in the order first met
 * @param evaluationFailures inputs on which a user function or aggregate of the program failed
 * @param firstFailure     the first such failure's message
 * @param tracrEvaluatorDiffers for a causal program, inputs where Tracr's evaluator (which ignores
 *                         the mask) disagrees with the model
 * @param tracrExample     the first such input
 */
record Findings(long checked, long agree, long disagree, long nonePositions, long positionsCompared,
                List<CauseGroup> groups, List<Margin> margins, long evaluationFailures,
                Optional<String> firstFailure, long tracrEvaluatorDiffers,
                Optional<List<org.raspworkbench.core.value.Value>> tracrExample, boolean cancelled) {

    /** The disagreeing inputs one cause explains at one S-op; {@code examples} holds the first ones. */
    record CauseGroup(CauseKind cause, org.raspworkbench.core.rasp.SOp sop, long inputs, String message,
                      List<Counterexample> examples) {
    }
}
