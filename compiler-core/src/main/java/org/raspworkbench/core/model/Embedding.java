package org.raspworkbench.core.model;

/**
 * Where the embeddings write and the unembedding reads, as residual columns.
 *
 * @param tokenColumns    the direction of each token id ({@link CompiledModel#tokenOrder()} order)
 * @param one             the {@code one} direction every token also writes, or -1 when no block
 *                        reads it (Tracr then leaves it out of the residual)
 * @param positionColumns {@code indices:p} for p = 0..max_seq_len-1 (sequence position p + 1)
 * @param outputColumns   the output directions, in unembedding order
 */
public record Embedding(int[] tokenColumns, int one, int[] positionColumns, int[] outputColumns) {
}
