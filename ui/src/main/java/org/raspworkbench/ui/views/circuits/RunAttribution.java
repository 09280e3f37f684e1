package org.raspworkbench.ui.views.circuits;

import java.util.List;
import org.raspworkbench.core.circuits.PositionAttribution;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;

/** The direct attribution of one run of one model, one entry per input position. */
public record RunAttribution(CompiledModel model, ForwardTrace run, List<PositionAttribution> positions) {
    public RunAttribution {
        positions = List.copyOf(positions);
    }
}
