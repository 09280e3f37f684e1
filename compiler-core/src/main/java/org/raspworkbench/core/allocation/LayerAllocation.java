package org.raspworkbench.core.allocation;

import java.util.List;

/** Every layer of the model, in order, with the blocks allocated to it. */
public record LayerAllocation(CraftGraph craft, List<AllocatedLayer> layers) {
    public LayerAllocation {
        layers = List.copyOf(layers);
    }
}
