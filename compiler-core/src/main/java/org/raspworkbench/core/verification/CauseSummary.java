package org.raspworkbench.core.verification;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;

/**
 * One cause at one S-op over all the inputs it explains.
 *
 * @param inputs  how many checked inputs it explains
 * @param message the first such input's explanation, in the program's terms
 * @param fix     a setting that removes it, verified by recompiling
 * @param advice  what to change in the program when no setting does
 */
public record CauseSummary(CauseKind cause, SOp sop, long inputs, String message, Optional<VerifiedFix> fix,
                           Optional<String> advice) {
}
