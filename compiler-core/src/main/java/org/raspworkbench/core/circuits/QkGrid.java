package org.raspworkbench.core.circuits;

import java.util.List;

/**
 * A head's QK circuit in the program's basis: {@code scores[q][k]} is the attention logit (what
 * TransformerLens's {@code hook_attn_scores} holds, before the causal and PAD masks) that a query
 * position holding {@code queries.get(q)} gives a key position holding {@code keys.get(k)}, computed
 * from the weights as {@code (x_q W_Q) . (x_k W_K) / sqrt(d_head)}. Every non-BOS position also holds
 * the {@code one} direction, so every query scores the BOS key (the key column {@code tokens:BOS}):
 * half the softmax coldness (BOS wins only when the query selects nothing) or, for a selector
 * width, all of it; the other keys score the coldness times the predicate.
 *
 * @param scale the {@code 1 / sqrt(d_head)} the logits include
 */
public record QkGrid(List<AxisEntry> queries, List<AxisEntry> keys, double[][] scores, double scale) {
    public QkGrid {
        queries = List.copyOf(queries);
        keys = List.copyOf(keys);
    }
}
