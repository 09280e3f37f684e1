package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.value.Value;

/**
 * Runs a compiled model on many inputs of one length at once and keeps only the last residual
 * stream: the arithmetic of {@link ForwardPass} (the same head and MLP kernels, so the same bits),
 * without the per-input snapshots, attention patterns and RASP evaluation. Each layer's MLP runs
 * once over the rows of every input of the batch, so its compact weights are read once per batch.
 * Memory is the batch's residual streams and nothing else.
 */
public final class BatchedForwardPass {
    private BatchedForwardPass() {
    }

    /**
     * @param inputs tokens after the BOS, all from the vocabulary and at most {@code max_seq_len}
     *               long (the caller makes them; they are not checked here)
     * @return per input the residual stream after the last layer, {@code [position][column]},
     *         position 0 the BOS
     */
    public static double[][][] run(CompiledModel model, List<List<Value>> inputs) {
        return run(model, inputs, Precision.FLOAT64, false).residuals();
    }

    /**
     * The last residual stream of each input and, when asked for, each head's attention weights.
     *
     * @param attention per input, layer and head (the heads the layer uses) the weights
     *                  {@code [query][key]}; null when not kept
     */
    public record Batch(double[][][] residuals, double[][][][][] attention) {
    }

    /** As {@link #run(CompiledModel, List)}, computing in the given precision, keeping the attention if asked. */
    public static Batch run(CompiledModel model, List<List<Value>> inputs, Precision precision, boolean keepAttention) {
        boolean f32 = precision.single();
        double[][][][][] attention = keepAttention ? new double[inputs.size()][model.circuits().size()][][][] : null;
        ModelConfig c = model.config();
        Map<Value, Integer> ids = ForwardPass.tokenIds(model);
        double[][][] x = new double[inputs.size()][][];
        boolean[][] pad = new boolean[inputs.size()][];
        List<double[]> rows = new ArrayList<>();
        for (int b = 0; b < x.length; b++) {
            x[b] = ForwardPass.embed(model, ids, inputs.get(b));
            pad[b] = ForwardPass.padPositions(model, inputs.get(b));
            for (double[] row : x[b]) rows.add(row);
        }
        // the rows of all inputs, sharing the arrays of x, for the position-wise MLPs
        double[][] all = rows.toArray(new double[0][]);
        for (LayerCircuit layer : model.circuits()) {
            for (int b = 0; b < x.length; b++) {
                List<HeadCircuit> heads = layer.heads();
                double[][][] outs = new double[heads.size()][][];
                if (keepAttention) attention[b][layer.layer()] = new double[outs.length][][];
                for (int h = 0; h < outs.length; h++) {
                    HeadRunner.Result r = HeadRunner.run(heads.get(h), x[b], c.keySize(), c.causal(), pad[b], f32);
                    outs[h] = r.output();
                    if (keepAttention) attention[b][layer.layer()][h] = r.weights();
                }
                for (int h = 0; h < outs.length; h++) HeadRunner.addTo(x[b], heads.get(h), outs[h], f32);
            }
            MlpRunner.run(layer, all, f32);
        }
        return new Batch(x, attention);
    }
}
