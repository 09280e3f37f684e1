package org.raspworkbench.core.allocation;

import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

/**
 * Estimates, from value sets alone, how many matrix entries the craft blocks will hold, so that a
 * program whose blocks would not fit is a {@code limit} error before any of them is built. The
 * estimates follow the shapes of Tracr's chamber blocks (an MLP hidden unit per input value, per
 * pair of values for a sequence map, a query-by-key matrix per head) and err on the large side.
 */
public final class SizeGuard {
    private SizeGuard() {
    }

    public static void check(ProgramBases bases, long maxEntries) {
        long total = 0;
        for (SOp sop : bases.graph().sops()) {
            long cells = estimate(sop, bases);
            total += cells;
            if (total > maxEntries) {
                throw new RaspException(ErrorKind.LIMIT, "the blocks up to '" + sop.name() + "' would need about "
                        + total + " weights, more than the limit of " + maxEntries, sop.range());
            }
        }
    }

    private static long estimate(SOp sop, ProgramBases b) {
        long out = dim(sop, b);
        int maxSeqLen = b.graph().program().settings().maxSeqLen();
        if (sop instanceof MapOp m) {
            long in = Math.max(dim(m.inner(), b), b.valueSetOf(m.inner()).size());
            long hidden = 2 * in + 2;
            return hidden * (in + 2) + hidden * out;
        }
        if (sop instanceof SequenceMapOp m) {
            long x = dim(m.first(), b);
            long y = dim(m.second(), b);
            long hidden = x * y + x + y;
            return hidden * (x + y + 1) + hidden * out;
        }
        if (sop instanceof LinearSequenceMapOp) return 16;
        if (sop instanceof AggregateOp a && a.selector() instanceof Select s) {
            return attention(s, b) + (dim(a.sop(), b) + 1) * out;
        }
        if (sop instanceof SelectorWidthOp w && w.selector() instanceof Select s) {
            long hidden = 2L * (maxSeqLen + 2);
            return attention(s, b) + hidden * (out + 3);
        }
        return 0;
    }

    private static long attention(Select s, ProgramBases b) {
        return (dim(s.queries(), b) + 2) * (dim(s.keys(), b) + 1);
    }

    private static long dim(SOp sop, ProgramBases b) {
        return b.spaceOf(sop).dim();
    }
}
