package org.raspworkbench.core.circuits;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;

/**
 * The function one S-op's MLP computes, read off the weights, beside the program's.
 *
 * @param layer       the layer whose MLP holds it
 * @param sop         the S-op it computes
 * @param inputs      the S-ops it reads (one, or two for a sequence map)
 * @param rows        value-set rows first (in value order), then grid rows for a numerical input
 * @param breakpoints the hidden units' thresholds, ascending (numerical inputs only)
 * @param hiddenUnits the layer's hidden columns its units occupy (TransformerLens's {@code d_mlp} index)
 */
public record MlpTable(int layer, SOp sop, MlpKind kind, List<SOp> inputs, List<MlpRow> rows,
                       List<Breakpoint> breakpoints, int[] hiddenUnits) {
    public MlpTable {
        inputs = List.copyOf(inputs);
        rows = List.copyOf(rows);
        breakpoints = List.copyOf(breakpoints);
    }

    /** How many value-set rows the weights get wrong. */
    public long mismatches() {
        return rows.stream().filter(r -> r.agreement() == Agreement.DIFFERS).count();
    }

    /** {@code L2 MLP: name}, as figures title it. */
    public String name() {
        return "L" + layer + " MLP: " + sop.name();
    }
}
