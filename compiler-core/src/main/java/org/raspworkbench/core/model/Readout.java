package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.value.Value;

/**
 * The value an S-op's directions hold at one position, read as the unembedding reads the output.
 *
 * @param value the value the model gives (for a categorical S-op the argmax, ties going to the
 *              first direction in column order)
 * @param tied  for a categorical S-op every value whose direction is within
 *              {@link ResidualReadout#TIE_TOLERANCE} of the largest: {@code value} first, then the
 *              others in column order; just {@code value} for a numerical one
 * @param top   the component {@code value} was read from
 */
public record Readout(Value value, List<Value> tied, double top) {
    public Readout {
        tied = List.copyOf(tied);
    }

    /** More than one value is as large as the argmax: the model's choice is by column order only. */
    public boolean isTie() {
        return tied.size() > 1;
    }
}
