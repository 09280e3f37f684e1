package org.raspworkbench.core.allocation;

import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.craft.CraftBlock;
import org.raspworkbench.core.rasp.SOp;

/** The graph with its bases and the craft block of every S-op that has one, keyed by node id. */
public record CraftGraph(ProgramBases bases, Map<Integer, CraftBlock> blocks) {
    public CraftGraph {
        blocks = Map.copyOf(blocks);
    }

    public Optional<CraftBlock> blockOf(SOp sop) {
        return Optional.ofNullable(blocks.get(sop.id()));
    }
}
