package org.raspworkbench.core.export;

/** One TransformerLens block: attention then MLP, each adding to the residual stream. */
public record LayerWeights(AttentionWeights attn, MlpWeights mlp) {
}
