/**
 * From bases to layers: {@link org.raspworkbench.core.allocation.BasesToBlocks} asks the craft
 * builders for each S-op's block, and {@link org.raspworkbench.core.allocation.BlocksToLayers}
 * allocates the blocks to layers with Tracr's longest-path rule and condensing heuristic. Takes
 * {@link org.raspworkbench.core.bases.ProgramBases}; produces a {@link
 * org.raspworkbench.core.allocation.LayerAllocation}.
 */
package org.raspworkbench.core.allocation;
