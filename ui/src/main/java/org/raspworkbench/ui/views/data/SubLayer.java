package org.raspworkbench.ui.views.data;

/** One attention or MLP sub-layer of layer {@code layer} (counting from 0). */
public record SubLayer(int layer, SubLayerKind kind) {
    public SubLayer {
        if (layer < 0) throw new IllegalArgumentException("layer " + layer);
    }

    /** The residual snapshot taken right after this sub-layer. */
    public Snapshot after() {
        return new Snapshot(2 * layer + (kind == SubLayerKind.ATTENTION ? 1 : 2));
    }

    /** The snapshot this sub-layer reads. */
    public Snapshot before() {
        return new Snapshot(after().index() - 1);
    }

    public String label() {
        return kind.label() + " " + layer;
    }
}
