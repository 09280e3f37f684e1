package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.raspworkbench.core.craft.Linear;

/**
 * The dense weights of a compiled model, laid out exactly as Tracr's {@code assemble.py} lays them
 * out (one matrix per head instead of Tracr's heads side by side), as ND4J arrays. Nothing at run
 * time needs them any more (the forward pass and the weights export read the compact
 * {@link LayerCircuit}s); they are the tests' oracle for both.
 */
public final class ModelWeights {
    private final ModelConfig config;
    private final int maxSeqLen;
    private final List<LayerCircuit> circuits;
    private final int[] tokenRows;
    private final int one;
    private final int[] positionRows;
    private final int[] outputColumns;
    private final DenseAttentionWeights[] attention;
    private final DenseMlpWeights[] mlps;
    private INDArray tokenEmbedding;
    private INDArray positionEmbedding;
    private INDArray unembedding;

    /** The dense weights of {@code model}, assembled lazily. */
    public static ModelWeights of(CompiledModel model) {
        return new ModelWeights(model.config(), model.maxSeqLen(), model.circuits(), model.embedding());
    }

    public ModelWeights(ModelConfig config, int maxSeqLen, List<LayerCircuit> circuits, Embedding embedding) {
        this.config = config;
        this.maxSeqLen = maxSeqLen;
        this.circuits = List.copyOf(circuits);
        this.tokenRows = embedding.tokenColumns().clone();
        this.one = embedding.one();
        this.positionRows = embedding.positionColumns().clone();
        this.outputColumns = embedding.outputColumns().clone();
        this.attention = new DenseAttentionWeights[config.layers()];
        this.mlps = new DenseMlpWeights[config.layers()];
    }

    /** {@code [tokens, d_model]}: row i embeds token id i (its direction plus {@code one}). */
    public synchronized INDArray tokenEmbedding() {
        if (tokenEmbedding == null) {
            double[][] m = new double[tokenRows.length][config.dModel()];
            for (int i = 0; i < tokenRows.length; i++) {
                m[i][tokenRows[i]] = 1;
                if (one >= 0) m[i][one] = 1;
            }
            tokenEmbedding = Nd4j.create(m);
        }
        return tokenEmbedding;
    }

    /** {@code [max_seq_len + 1, d_model]}: row 0 (the BOS position) is zero, row p is {@code indices:p-1}. */
    public synchronized INDArray positionEmbedding() {
        if (positionEmbedding == null) {
            double[][] m = new double[maxSeqLen + 1][config.dModel()];
            for (int p = 0; p < positionRows.length; p++) m[p + 1][positionRows[p]] = 1;
            positionEmbedding = Nd4j.create(m);
        }
        return positionEmbedding;
    }

    /** {@code [d_model, outputs]}: the projection onto the output S-op's directions. */
    public synchronized INDArray unembedding() {
        if (unembedding == null) {
            double[][] m = new double[config.dModel()][outputColumns.length];
            for (int j = 0; j < outputColumns.length; j++) m[outputColumns[j]][j] = 1;
            unembedding = Nd4j.create(m);
        }
        return unembedding;
    }

    /** Layer {@code layer}'s heads, {@code config.heads()} of them (unused heads are zero). */
    public synchronized DenseAttentionWeights attention(int layer) {
        if (attention[layer] == null) attention[layer] = assembleAttention(circuits.get(layer));
        return attention[layer];
    }

    public synchronized DenseMlpWeights mlp(int layer) {
        if (mlps[layer] == null) mlps[layer] = assembleMlp(circuits.get(layer));
        return mlps[layer];
    }

    private DenseAttentionWeights assembleAttention(LayerCircuit layer) {
        int d = config.dModel();
        int k = config.keySize();
        List<HeadWeights> heads = new ArrayList<>();
        for (int h = 0; h < config.heads(); h++) {
            INDArray q = zeros(d, k);
            INDArray key = zeros(d, k);
            INDArray v = zeros(d, k);
            INDArray o = zeros(k, d);
            if (h < layer.heads().size()) {
                HeadCircuit head = layer.heads().get(h);
                scatter(q, head.query(), identity(head.key().length), head.block().qk().matrix());
                for (int c = 0; c < head.key().length; c++) key.putScalar(head.key()[c], c, 1.0);
                scatter(v, head.value(), identity(head.output().length), head.block().ov());
                for (int c = 0; c < head.output().length; c++) o.putScalar(c, head.output()[c], 1.0);
            }
            heads.add(new HeadWeights(q, key, v, o));
        }
        return new DenseAttentionWeights(heads);
    }

    private DenseMlpWeights assembleMlp(LayerCircuit layer) {
        int d = config.dModel();
        int hidden = config.mlpHidden();
        INDArray in = zeros(d, hidden);
        INDArray out = zeros(hidden, d);
        for (MlpPart part : layer.mlp()) {
            scatter(in, part.input(), part.hidden(), part.block().first());
            scatter(out, part.hidden(), part.output(), part.block().second());
        }
        return new DenseMlpWeights(in, Nd4j.zeros(DataType.DOUBLE, hidden), out, Nd4j.zeros(DataType.DOUBLE, d));
    }

    /** Adds {@code m[a][b]} at {@code (rows[a], cols[b])}, writing only non-zero entries. */
    private static void scatter(INDArray target, int[] rows, int[] cols, double[][] m) {
        for (int a = 0; a < rows.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                double x = m[a][b];
                if (x != 0) target.putScalar(rows[a], cols[b], target.getDouble(rows[a], cols[b]) + x);
            }
        }
    }

    /** As above for a map, read by its non-zero entries (a sparse one is never made dense). */
    private static void scatter(INDArray target, int[] rows, int[] cols, Linear m) {
        m.forEachNonZero((a, b, x) -> target.putScalar(rows[a], cols[b], target.getDouble(rows[a], cols[b]) + x));
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    private static INDArray zeros(int rows, int cols) {
        return Nd4j.zeros(DataType.DOUBLE, rows, cols);
    }
}
