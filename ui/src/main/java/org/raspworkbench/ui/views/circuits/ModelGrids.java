package org.raspworkbench.ui.views.circuits;

import java.util.List;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.model.CompiledModel;

/** The weight-only circuits of one model: every head's QK/OV grids and every MLP's table. */
public record ModelGrids(CompiledModel model, List<HeadGrids> heads, List<MlpTable> mlps) {
    public ModelGrids {
        heads = List.copyOf(heads);
        mlps = List.copyOf(mlps);
    }
}
