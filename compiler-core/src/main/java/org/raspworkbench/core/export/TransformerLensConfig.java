package org.raspworkbench.core.export;

/**
 * The HookedTransformerConfig of an export: ReLU MLPs, no layer norm, standard positional
 * embeddings; {@code nCtx} counts the BOS position.
 */
public record TransformerLensConfig(int nLayers, int dModel, int dHead, int nHeads, int dMlp, int dVocab, int dVocabOut,
                                    int nCtx, boolean causal) {
    public String actFn() {
        return "relu";
    }

    /** TransformerLens's {@code attention_dir}. */
    public String attentionDir() {
        return causal ? "causal" : "bidirectional";
    }
}
