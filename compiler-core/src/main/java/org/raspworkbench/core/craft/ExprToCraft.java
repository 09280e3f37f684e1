package org.raspworkbench.core.craft;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

/** Turns one S-op into the craft block that computes it, as Tracr's expr_to_craft_graph does. */
public final class ExprToCraft {
    private ExprToCraft() {
    }

    /**
     * The block computing {@code op} from its inputs' residual directions; empty for tokens and
     * indices, which the embedding provides.
     *
     * @throws RaspException of kind {@code UNSUPPORTED} for what Tracr cannot compile
     */
    public static Optional<CraftBlock> build(SOp op, BlockContext ctx) {
        throw new RaspException(ErrorKind.UNSUPPORTED, "not implemented yet: " + op.name(), op.range());
    }
}
