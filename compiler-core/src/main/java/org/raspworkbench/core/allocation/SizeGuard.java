package org.raspworkbench.core.allocation;

import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.craft.BlockContext;
import org.raspworkbench.core.craft.BlockSize;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

/**
 * Checks the size limits against the craft blocks' sizes as they are known from the value sets
 * alone ({@link BlockSize}), so that a program whose blocks would not fit is a {@code limit} error
 * before any of them is built. The assembled model is checked again, exactly, afterwards.
 */
public final class SizeGuard {
    private SizeGuard() {
    }

    public static void check(ProgramBases bases, long maxHidden, long maxTotalWeights) {
        BlockContext ctx = BasesToBlocks.context(bases);
        long total = 0;
        for (SOp sop : bases.graph().sops()) {
            BlockSize size = BlockSize.of(sop, ctx);
            if (size.hiddenUnits() > maxHidden) {
                throw new RaspException(ErrorKind.LIMIT, "the MLP computing '" + sop.name() + "' needs "
                        + size.hiddenUnits() + " hidden units, more than the limit of " + maxHidden,
                        sop.range());
            }
            total += size.weights();
            if (total > maxTotalWeights) {
                throw new RaspException(ErrorKind.LIMIT, "the blocks up to '" + sop.name() + "' need " + total
                        + " weights, more than the limit of " + maxTotalWeights, sop.range());
            }
        }
    }
}
