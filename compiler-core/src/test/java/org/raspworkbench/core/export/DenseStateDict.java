package org.raspworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.HeadWeights;
import org.raspworkbench.core.model.ModelConfig;
import org.raspworkbench.core.model.ModelWeights;

/**
 * The test oracle for {@link CircuitsToStateDict}: the state dict made the way the export made it
 * before it streamed, by assembling Tracr's dense ND4J matrices and copying them into arrays.
 */
final class DenseStateDict {
    private DenseStateDict() {
    }

    static TransformerLensWeights of(CompiledModel model) {
        ModelConfig c = model.config();
        ModelWeights w = ModelWeights.of(model);
        double[][] wE = w.tokenEmbedding().toDoubleMatrix();
        double[][] wPos = w.positionEmbedding().toDoubleMatrix();
        double[][] wU = w.unembedding().toDoubleMatrix();
        TransformerLensConfig config = new TransformerLensConfig(c.layers(), c.dModel(), c.keySize(), c.heads(),
                c.mlpHidden(), wE.length, wU[0].length, wPos.length, c.causal());
        List<LayerWeights> blocks = new ArrayList<>();
        for (int l = 0; l < c.layers(); l++) {
            AttentionWeights attn = AttentionWeights.zeros(c.heads(), c.dModel(), c.keySize());
            List<HeadWeights> heads = w.attention(l).heads();
            for (int h = 0; h < heads.size(); h++) {
                attn.wQ()[h] = matrix(heads.get(h).wQ());
                attn.wK()[h] = matrix(heads.get(h).wK());
                attn.wV()[h] = matrix(heads.get(h).wV());
                attn.wO()[h] = matrix(heads.get(h).wO());
            }
            org.raspworkbench.core.model.DenseMlpWeights m = w.mlp(l);
            blocks.add(new LayerWeights(attn, new MlpWeights(matrix(m.wIn()), vector(m.bIn()), matrix(m.wOut()),
                    vector(m.bOut()))));
        }
        return new TransformerLensWeights(config, wE, wPos, blocks, wU, new double[wU[0].length]);
    }

    /** A matrix of ND4J data; a rows x 0 array (a layer without hidden units) stays rectangular. */
    private static double[][] matrix(INDArray a) {
        long rows = a.rows();
        long cols = a.columns();
        if (rows == 0 || cols == 0) return new double[(int) rows][(int) cols];
        return a.dup('c').toDoubleMatrix();
    }

    private static double[] vector(INDArray a) {
        return a.length() == 0 ? new double[0] : a.dup('c').toDoubleVector();
    }
}
