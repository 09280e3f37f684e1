package org.raspworkbench.core.model;

/**
 * Tracr's model configuration ({@code num_layers}, {@code num_heads}, {@code key_size},
 * {@code mlp_hidden_size}) plus the residual width and whether attention is causally masked.
 * {@code heads} and {@code mlpHidden} are maxima over layers: every layer has that many heads and
 * hidden units, unused ones carry zero weights.
 */
public record ModelConfig(int layers, int heads, int keySize, int mlpHidden, int dModel, boolean causal) {
    /** Parameters of the dense model with {@code tokens} embedding rows and {@code outputs} unembedding columns. */
    public long parameterCount(int tokens, int maxSeqLen, int outputs) {
        long d = dModel;
        long perLayer = 4L * heads * d * keySize + 2L * d * mlpHidden + mlpHidden + d;
        return tokens * d + (maxSeqLen + 1L) * d + d * outputs + layers * perLayer;
    }
}
