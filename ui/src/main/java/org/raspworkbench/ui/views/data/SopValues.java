package org.raspworkbench.ui.views.data;

import java.util.List;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.value.Value;

/**
 * Values attached to a node: an S-op's value set, or its values per input position (BOS
 * excluded; {@code None} where nothing was selected).
 */
public record SopValues(RaspExpr node, List<Value> values) {
    public SopValues {
        values = List.copyOf(values);
    }
}
