package org.raspworkbench.ui.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.SnapshotNumbering;

/**
 * A residual stream snapshot of the forward pass, numbered as the trace stores them: 0 is the
 * embeddings, {@code 2L+1} the stream after attention of layer L, {@code 2L+2} after its MLP
 * (the arithmetic is core's {@code SnapshotNumbering}, shared with traces and verification).
 */
public record Snapshot(int index) {
    public static final Snapshot EMBEDDINGS = new Snapshot(0);

    public Snapshot {
        if (index < 0) throw new IllegalArgumentException("snapshot " + index);
    }

    /** Every snapshot of a model with {@code layers} layers, in order. */
    public static List<Snapshot> all(int layers) {
        List<Snapshot> out = new ArrayList<>();
        for (int i = 0; i < SnapshotNumbering.count(layers); i++) out.add(new Snapshot(i));
        return out;
    }

    /** The sub-layer whose output this is; empty for the embeddings. */
    public Optional<SubLayer> producedBy() {
        if (index == 0) return Optional.empty();
        BlockKind kind = SnapshotNumbering.kindOf(index);
        return Optional.of(new SubLayer(SnapshotNumbering.layerOf(index), kind));
    }

    /** {@code embeddings}, {@code after attention 0}, {@code after MLP 0}, ... */
    public String label() {
        return producedBy().map(s -> "after " + s.label()).orElse("embeddings");
    }

    /** A short label for narrow places: {@code emb}, {@code attn 0}, {@code mlp 0}. */
    public String shortLabel() {
        return producedBy()
                .map(s -> (s.kind() == BlockKind.ATTENTION ? "attn " : "mlp ") + s.layer())
                .orElse("emb");
    }
}
