package org.raspworkbench.ui.views.circuits;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.CircuitFigures;
import org.raspworkbench.ui.figures.CircuitGrid;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.TraceFigures;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The figures of one head: its QK and OV grids and, when the run shown has that head, its
 * attention pattern on the run's input. Built off the FX thread: a grid's colour scale reads
 * every cell (a million at sort n = 32).
 */
record HeadFigures(CircuitGrid qk, CircuitGrid ov, Optional<Figure> pattern) {
    static HeadFigures of(String program, HeadGrids h, TraceDigest t) {
        boolean hasPattern = t != null && h.layer() < t.attention().length && h.head() < t.attention()[h.layer()].length;
        Optional<Figure> pattern = Optional.empty();
        if (hasPattern) {
            List<Value> input = t.tokens().subList(1, t.tokens().size());
            pattern = Optional.of(TraceFigures.attention(program, h.layer(), h.head(), Optional.of(h.sop().name()), input,
                    t.tokens().get(0).str(), t.attention()[h.layer()][h.head()], ColorMap.VIRIDIS));
        }
        return new HeadFigures(CircuitFigures.qk(program, h), CircuitFigures.ov(program, h), pattern);
    }
}
