package org.raspworkbench.ui.state;

import java.util.List;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * One sub-layer of the compiled model as the debugger walks it, with the S-ops it computes. The
 * numbering (forward index, snapshot written) is {@link SubLayer}'s and {@code Snapshot}'s.
 */
public record SubLayerSops(SubLayer subLayer, List<String> sopNames) {
    public SubLayerSops {
        sopNames = List.copyOf(sopNames);
    }

    /** Position in forward order: the snapshot this sub-layer reads. */
    public int index() {
        return subLayer.before().index();
    }

    public int layer() {
        return subLayer.layer();
    }

    public boolean isAttention() {
        return subLayer.kind() == BlockKind.ATTENTION;
    }

    /** The snapshot this sub-layer writes. */
    public int snapshotAfter() {
        return subLayer.after().index();
    }

    /** {@code attn 0}, {@code mlp 0}, ... */
    public String label() {
        return subLayer.after().shortLabel();
    }
}
