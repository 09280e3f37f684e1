package org.raspworkbench.core.model;

import org.raspworkbench.core.craft.AttentionHead;
import org.raspworkbench.core.rasp.SOp;

/**
 * One attention head as the forward pass runs it: the craft block plus, for each of its spaces, the
 * residual column of every basis direction (query = {@code qk.left}, key = {@code qk.right}, value =
 * {@code ov.input}, output = {@code ov.output}, each in the block's own order). Reading only those
 * columns and multiplying the block's compact matrices gives exactly what Tracr's dense weights
 * give.
 */
public record HeadCircuit(SOp sop, AttentionHead block, int[] query, int[] key, int[] value, int[] output) {
}
