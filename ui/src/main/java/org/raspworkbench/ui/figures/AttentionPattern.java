package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * One head's attention weights {@code weights[query][key]}, queries down and keys across, labelled
 * with the tokens; the title names the head and the S-op it computes.
 */
public record AttentionPattern(String title, List<String> queries, List<String> keys, double[][] weights, Scale scale)
        implements Figure {
    public AttentionPattern {
        queries = List.copyOf(queries);
        keys = List.copyOf(keys);
        weights = Arrays2.copy(weights);
        Arrays2.requireShape(weights, queries.size(), keys.size(), "attention pattern");
    }

    /** Weights on the sequential viridis map over 0..1. */
    public AttentionPattern(String title, List<String> queries, List<String> keys, double[][] weights) {
        this(title, queries, keys, weights, new Scale(ColorMap.VIRIDIS, 0, 1));
    }

    public AttentionPattern withScale(Scale s) {
        return new AttentionPattern(title, queries, keys, weights, s);
    }
}
