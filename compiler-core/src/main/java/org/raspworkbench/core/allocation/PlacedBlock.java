package org.raspworkbench.core.allocation;

import org.raspworkbench.core.craft.CraftBlock;
import org.raspworkbench.core.rasp.SOp;

/** A block in a layer and the S-op it (helps to) compute: an {@code AttentionHead} or an {@code Mlp}. */
public record PlacedBlock(SOp sop, CraftBlock block) {
}
