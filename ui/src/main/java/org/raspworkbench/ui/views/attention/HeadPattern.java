package org.raspworkbench.ui.views.attention;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.data.ValueText;

/** One used head: where it sits, the S-op it computes and its weights {@code [query][key]}. */
public record HeadPattern(int layer, int head, Optional<SOp> sop, double[][] weights) {
    /** {@code L0 H1 · first (aggregate)}. */
    public String title() {
        String where = "L" + layer + " H" + head;
        return sop.map(s -> where + " \u00b7 " + s.name()).orElse(where);
    }

    /** The largest weight, for a caption; a head of a numerical aggregate spreads its weight. */
    public String peak() {
        double max = 0;
        for (double[] row : weights) for (double w : row) max = Math.max(max, w);
        return ValueText.number(max);
    }
}
