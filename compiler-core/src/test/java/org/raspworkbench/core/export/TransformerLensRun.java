package org.raspworkbench.core.export;

import java.util.List;

/**
 * What a TransformerLens-style forward pass gives: {@code residuals} (embeddings, then after each
 * attention and each MLP, {@code [position][dModel]}), {@code patterns[layer][head][query][key]} and
 * {@code logits[position][dVocabOut]}.
 */
public record TransformerLensRun(List<double[][]> residuals, List<double[][][]> patterns, double[][] logits) {
    public TransformerLensRun {
        residuals = List.copyOf(residuals);
        patterns = List.copyOf(patterns);
    }
}
