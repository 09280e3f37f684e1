package org.raspworkbench.core.verification;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;

/**
 * Why one input goes wrong: where it starts, the cause, and a sentence in the program's terms.
 *
 * @param divergence empty only when no S-op's subspace differs although the output does (then the
 *                   cause is {@link CauseKind#UNKNOWN})
 * @param culprit    the S-op the cause is about (the diverging one, or the upstream S-op whose None
 *                   is read as 0)
 */
public record Diagnosis(Optional<Divergence> divergence, CauseKind cause, SOp culprit, String message) {
}
