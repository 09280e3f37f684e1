package org.raspworkbench.ui.views.data;

import java.util.Optional;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * One S-op at one position of one snapshot: what its directions read as (the model's argmax with
 * its ties for a categorical S-op, the number for a numerical one; empty only when the S-op has
 * no directions), what the program says, and the verdict.
 */
public record DecodedValue(SOp sop, Optional<Readout> readout, Optional<Value> expected, Verdict verdict) {
    /** The value the model gives. */
    public Optional<Value> decoded() {
        return readout.map(Readout::value);
    }

    /** The argmax was chosen among equal components by column order alone. */
    public boolean isTie() {
        return readout.map(Readout::isTie).orElse(false);
    }
}
