package org.raspworkbench.core.model;

/**
 * The one rule that numbers residual snapshots, as {@code rasp trace}, the debugger and exports
 * show them: 0 is the embeddings, {@code 2L+1} the stream after layer L's attention, {@code 2L+2}
 * after its MLP. A model with {@code n} layers has {@code 2n+1} snapshots, and sub-layer block
 * {@code k} (forward order) writes snapshot {@code k+1}.
 */
public final class SnapshotNumbering {
    private SnapshotNumbering() {
    }

    /** The snapshot written by layer {@code layer}'s {@code kind} sub-layer. */
    public static int after(int layer, BlockKind kind) {
        return 2 * layer + (kind == BlockKind.MLP ? 2 : 1);
    }

    /** How many snapshots a model with {@code layers} layers has. */
    public static int count(int layers) {
        return 2 * layers + 1;
    }

    /** How many layers a trace with {@code snapshots} snapshots went through. */
    public static int layers(int snapshots) {
        return (snapshots - 1) / 2;
    }

    /** The layer whose sub-layer wrote {@code snapshot} (at least 1). */
    public static int layerOf(int snapshot) {
        return (snapshot - 1) / 2;
    }

    /** The kind of sub-layer that wrote {@code snapshot} (at least 1). */
    public static BlockKind kindOf(int snapshot) {
        return (snapshot - 1) % 2 == 0 ? BlockKind.ATTENTION : BlockKind.MLP;
    }
}
