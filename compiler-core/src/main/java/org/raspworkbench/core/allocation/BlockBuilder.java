package org.raspworkbench.core.allocation;

import java.util.Optional;
import org.raspworkbench.core.craft.BlockContext;
import org.raspworkbench.core.craft.CraftBlock;
import org.raspworkbench.core.craft.ExprToCraft;
import org.raspworkbench.core.rasp.SOp;

/** Builds the craft block of one S-op; {@link #TRACR} is Tracr's {@code expr_to_craft_graph}. */
@FunctionalInterface
public interface BlockBuilder {
    BlockBuilder TRACR = ExprToCraft::build;

    Optional<CraftBlock> build(SOp op, BlockContext ctx);
}
