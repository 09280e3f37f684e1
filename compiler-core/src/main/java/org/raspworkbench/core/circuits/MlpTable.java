package org.raspworkbench.core.circuits;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.TupleValue;

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

    /**
     * The breakpoints as steps, ascending: each pair of discretising units {@code (k, 0)} and
     * {@code (k, 1)} of one hidden name joined into one step (paired by name, since at a low
     * exactness the ramps of neighbouring steps overlap and thresholds alone cannot tell them apart).
     */
    public List<Step> steps() {
        java.util.Map<String, double[]> pairs = new java.util.LinkedHashMap<>();
        List<Step> out = new java.util.ArrayList<>();
        for (Breakpoint b : breakpoints) {
            if (b.unit().value() instanceof TupleValue t && t.items().size() == 2
                    && t.items().get(0) instanceof IntValue k && t.items().get(1) instanceof IntValue i
                    && (i.asLong() == 0 || i.asLong() == 1)) {
                double[] pair = pairs.computeIfAbsent(b.unit().name() + "\u0000" + k.asLong(), x -> new double[] {Double.NaN, Double.NaN});
                pair[(int) i.asLong()] = b.threshold();
            } else {
                out.add(new Step(b.threshold(), b.threshold()));
            }
        }
        for (double[] pair : pairs.values()) {
            double at = Double.isNaN(pair[1]) ? pair[0] : pair[1];
            out.add(new Step(at, Double.isNaN(pair[0]) ? at : pair[0]));
        }
        out.sort(java.util.Comparator.comparingDouble(Step::at));
        return out;
    }

    /** {@code L2 MLP: name}, as figures title it. */
    public String name() {
        return "L" + layer + " MLP: " + sop.name();
    }
}
