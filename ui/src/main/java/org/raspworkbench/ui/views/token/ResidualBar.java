package org.raspworkbench.ui.views.token;

import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;

/** One line of the residual bar list: a group's heading, or one direction's value. */
public sealed interface ResidualBar {
    /** The heading over a group of directions, with the S-op it belongs to if any, and whether that is the output. */
    record Heading(String name, Optional<SOp> owner, boolean output) implements ResidualBar {
    }

    /**
     * One direction: {@code fraction} is the value over the vector's largest magnitude (so in
     * -1..1), {@code written} says whether the current step wrote it.
     */
    record Bar(BasisDirection direction, Optional<SOp> owner, double value, double fraction, boolean written)
            implements ResidualBar {
    }
}
