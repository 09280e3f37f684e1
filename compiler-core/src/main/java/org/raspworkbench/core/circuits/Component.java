package org.raspworkbench.core.circuits;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;

/**
 * A part of the model that writes into the residual stream.
 *
 * @param layer -1 for the embeddings
 * @param head  the head's index for a {@link ComponentKind#HEAD}, else -1
 * @param sops  the S-ops it computes (a head one, an MLP those of its layer)
 */
public record Component(ComponentKind kind, int layer, int head, List<SOp> sops) {
    public Component {
        sops = List.copyOf(sops);
    }

    /** {@code embed}, {@code L0.H1}, {@code L0 attn rest}, {@code L2 MLP}: short names for bars and JSON. */
    public String name() {
        return switch (kind) {
            case EMBEDDINGS -> "embed";
            case HEAD -> "L" + layer + ".H" + head;
            case ATTENTION_REST -> "L" + layer + " attn rest";
            case MLP -> "L" + layer + " MLP";
        };
    }

    /** The name with the S-ops it computes, e.g. {@code L1.H0 (sort)}. */
    public String describe() {
        if (sops.isEmpty()) return kind == ComponentKind.MLP ? name() + " (unused)" : name();
        return name() + " (" + String.join(", ", sops.stream().map(SOp::name).toList()) + ")";
    }
}
