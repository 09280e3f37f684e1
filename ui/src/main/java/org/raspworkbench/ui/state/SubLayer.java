package org.raspworkbench.ui.state;

import java.util.List;

/**
 * One sub-layer of the compiled model as the debugger walks it: index {@code k} in forward order
 * (attention of layer {@code k / 2} when k is even, its MLP when odd) and the S-ops it computes.
 */
public record SubLayer(int index, List<String> sopNames) {
    public SubLayer {
        sopNames = List.copyOf(sopNames);
    }

    public int layer() {
        return index / 2;
    }

    public boolean isAttention() {
        return index % 2 == 0;
    }

    /** The snapshot this sub-layer writes. */
    public int snapshotAfter() {
        return index + 1;
    }

    public String label() {
        return (isAttention() ? "attn " : "mlp ") + layer();
    }
}
