package org.raspworkbench.core.circuits;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;

/**
 * Direct attribution at one output position: the direction the output is read from (the argmax
 * of a categorical output, the single direction of a numerical one) and the runner-up (the largest
 * other output direction), each component's share of them, and their final values, which the shares
 * add up to.
 *
 * @param position the sequence position (1 = the first input token; 0 is BOS)
 */
public record PositionAttribution(int position, BasisDirection winner, Optional<BasisDirection> runnerUp,
                                  double finalWinner, double finalRunnerUp, List<Contribution> contributions) {
    public PositionAttribution {
        contributions = List.copyOf(contributions);
    }
}
