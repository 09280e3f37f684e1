package org.raspworkbench.ui.views.data;

import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.SnapshotNumbering;

/** One attention or MLP sub-layer of layer {@code layer} (counting from 0). */
public record SubLayer(int layer, BlockKind kind) {
    public SubLayer {
        if (layer < 0) throw new IllegalArgumentException("layer " + layer);
    }

    /** The residual snapshot taken right after this sub-layer. */
    public Snapshot after() {
        return new Snapshot(SnapshotNumbering.after(layer, kind));
    }

    /** The snapshot this sub-layer reads. */
    public Snapshot before() {
        return new Snapshot(after().index() - 1);
    }

    public String label() {
        return kind.displayName() + " " + layer;
    }
}
