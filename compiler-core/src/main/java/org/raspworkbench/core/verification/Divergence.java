package org.raspworkbench.core.verification;

import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * Where a disagreement starts: the first S-op (in the order the model writes them) whose residual
 * subspace, read at the snapshot where its sub-layer has written it, holds another value than the
 * program gives it.
 *
 * @param snapshot the residual snapshot after the writing sub-layer ({@code 2 * layer + 1} after
 *                 attention, {@code 2 * layer + 2} after the MLP), as {@code rasp trace} numbers them
 * @param position the first input position (0 = first token after the BOS) where it differs
 */
public record Divergence(SOp sop, int snapshot, int layer, BlockKind sublayer, int position, Value model,
                         Value program) {
}
