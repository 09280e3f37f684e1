package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/** The values an S-op can take, as value-set inference found them, in display order. */
public record SOpValueSet(SOp sop, List<Value> values) {
    public SOpValueSet {
        values = List.copyOf(values);
    }
}
