package org.raspworkbench.core.model;

import java.util.List;

/** A layer's heads, {@code config.heads()} of them; heads past the used ones are zero. */
public record DenseAttentionWeights(List<HeadWeights> heads) {
    public DenseAttentionWeights {
        heads = List.copyOf(heads);
    }
}
