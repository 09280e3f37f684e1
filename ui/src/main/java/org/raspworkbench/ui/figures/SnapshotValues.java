package org.raspworkbench.ui.figures;

/**
 * One residual-stream snapshot: {@code values[position][direction]}, position 0 the BOS; named like
 * {@code embeddings}, {@code after attn 0}, {@code after mlp 0}.
 */
public record SnapshotValues(String name, double[][] values) {
    public SnapshotValues {
        values = Arrays2.copy(values);
    }
}
