package org.raspworkbench.ui.views.data;

import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;

/**
 * The S-op the model outputs and the residual columns its unembedding reads, in the
 * unembedding's order (the order that decides the argmax's ties).
 */
public record ModelOutput(SOp sop, List<Integer> columns, List<BasisDirection> directions) {
    public ModelOutput {
        columns = List.copyOf(columns);
        directions = List.copyOf(directions);
        if (columns.size() != directions.size()) {
            throw new IllegalArgumentException(columns.size() + " columns, " + directions.size() + " directions");
        }
    }
}
