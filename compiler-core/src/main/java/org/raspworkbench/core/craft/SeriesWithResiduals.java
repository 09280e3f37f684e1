package org.raspworkbench.core.craft;

import java.util.List;

/** Blocks applied one after the other, each adding to the residual (a selector width). */
public record SeriesWithResiduals(List<CraftBlock> blocks) implements CraftBlock {
    public SeriesWithResiduals {
        blocks = List.copyOf(blocks);
    }
}
