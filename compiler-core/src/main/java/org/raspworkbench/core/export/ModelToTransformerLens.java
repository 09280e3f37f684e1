package org.raspworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.HeadWeights;
import org.raspworkbench.core.model.ModelConfig;
import org.raspworkbench.core.model.ModelWeights;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.Value;

/**
 * Turns a compiled model into TransformerLens's state dict. Tracr's weights map one to one:
 * {@code d_head} is Tracr's {@code key_size}, {@code n_ctx} is {@code max_seq_len + 1} (the BOS
 * position embeds to zero), biases are zero. The unembedding is the projection onto the output
 * S-op's own directions, one column per value for a categorical output and one column for a
 * numerical one, so logits are exactly the residual's output coordinates.
 */
public final class ModelToTransformerLens {
    private ModelToTransformerLens() {
    }

    /** The export of {@code model} under {@code name}, with the program's example run when it has one. */
    public static TransformerLensExport run(CompiledModel model, String name) {
        return new TransformerLensExport(name, weights(model), vocab(model), example(model));
    }

    static TransformerLensWeights weights(CompiledModel model) {
        ModelConfig c = model.config();
        ModelWeights w = model.weights();
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
            org.raspworkbench.core.model.MlpWeights m = w.mlp(l);
            blocks.add(new LayerWeights(attn, new MlpWeights(matrix(m.wIn()), vector(m.bIn()), matrix(m.wOut()),
                    vector(m.bOut()))));
        }
        return new TransformerLensWeights(config, wE, wPos, blocks, wU, new double[wU[0].length]);
    }

    static ExportVocab vocab(CompiledModel model) {
        CompileSettings s = model.program().settings();
        Encoding encoding = model.output().encoding();
        List<Value> outputValues = new ArrayList<>();
        if (encoding == Encoding.CATEGORICAL) {
            for (BasisDirection d : model.output().unembedding()) outputValues.add(d.value());
        }
        List<String> residual = model.residual().stream().map(BasisDirection::label).toList();
        return new ExportVocab(model.tokenOrder(), encoding, model.output().sop().name(), outputValues, residual, s);
    }

    private static Optional<ExportExample> example(CompiledModel model) {
        Optional<List<Value>> input = model.program().settings().example();
        if (input.isEmpty()) return Optional.empty();
        try {
            ForwardTrace trace = ForwardPass.run(model, input.get());
            return Optional.of(new ExportExample(input.get(), trace.decoded()));
        } catch (IllegalArgumentException e) {
            // An example outside the vocabulary or too long: the README simply has no check.
            return Optional.empty();
        }
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
