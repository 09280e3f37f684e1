package org.raspworkbench.core.model;

import java.util.List;

/** A layer's heads, {@code config.heads()} of them; heads past the used ones are zero. */
public record AttentionWeights(List<HeadWeights> heads) {
    public AttentionWeights {
        heads = List.copyOf(heads);
    }
}
