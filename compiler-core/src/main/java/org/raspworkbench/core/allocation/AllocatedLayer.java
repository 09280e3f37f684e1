package org.raspworkbench.core.allocation;

import java.util.List;

/** One transformer layer: the heads of its attention sub-layer and the MLPs Tracr combines into its MLP. */
public record AllocatedLayer(int layer, List<PlacedBlock> heads, List<PlacedBlock> mlps) {
    public AllocatedLayer {
        heads = List.copyOf(heads);
        mlps = List.copyOf(mlps);
    }
}
