package org.raspworkbench.core.craft;

import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;

/**
 * How big {@link ExprToCraft#build} would make an S-op's block, known from the spaces alone and
 * without calling the program's functions, so that size limits can be checked before anything
 * large is allocated. Both numbers are upper bounds (a discretising MLP loses two units for every
 * input value its function rejects); they are exact otherwise.
 *
 * @param hiddenUnits the MLP's hidden units (0 for an attention head)
 * @param weights     the number of matrix entries the block holds
 */
public record BlockSize(long hiddenUnits, long weights) {
    public static final BlockSize NONE = new BlockSize(0, 0);

    /** The size of the block for {@code op}; {@link #NONE} for tokens, indices and what cannot compile. */
    public static BlockSize of(SOp op, BlockContext ctx) {
        if (op instanceof MapOp m) {
            long in = dim(m.inner(), ctx);
            long out = dim(m, ctx);
            if (m.inner().isCategorical()) return new BlockSize(out, in * out + out * out);
            return discretising(ctx.valueSetOf().apply(m.inner()).size(), out);
        }
        if (op instanceof LinearSequenceMapOp) return new BlockSize(4, 2 * 4 + 4);
        if (op instanceof SequenceMapOp s) {
            long a = dim(s.first(), ctx);
            long b = dim(s.second(), ctx);
            long out = dim(s, ctx);
            if (ctx.spaceOf().apply(s.first()).basis().equals(ctx.spaceOf().apply(s.second()).basis())) {
                return new BlockSize(out, a * out + out * out);
            }
            return new BlockSize(a * b, (a + b + 1) * a * b + a * b * out);
        }
        if (op instanceof AggregateOp a && a.selector() instanceof Select sel) {
            long q = dim(sel.queries(), ctx) + 2;
            long k = dim(sel.keys(), ctx) + 1;
            return new BlockSize(0, q * k + (dim(a.sop(), ctx) + 1) * dim(a, ctx));
        }
        if (op instanceof SelectorWidthOp w && w.selector() instanceof Select sel) {
            long q = dim(sel.queries(), ctx) + 2;
            long k = dim(sel.keys(), ctx) + 1;
            // the decoding units plus the BOS clean-up unit, read from {attn output, one, bos}
            long hidden = discretising(ctx.valueSetOf().apply(w).size(), 0).hiddenUnits + 1;
            return new BlockSize(hidden, q * k + 1 + 3 * hidden + hidden * (dim(w, ctx) + 1));
        }
        return NONE;
    }

    /** A discretising MLP over n input values: 2n - 1 units, inputs {x, one} (and BOS). */
    private static BlockSize discretising(long n, long out) {
        long hidden = Math.max(1, 2 * n - 1);
        return new BlockSize(hidden, 2 * hidden + hidden * out);
    }

    private static long dim(SOp op, BlockContext ctx) {
        return ctx.spaceOf().apply(op).dim();
    }
}
