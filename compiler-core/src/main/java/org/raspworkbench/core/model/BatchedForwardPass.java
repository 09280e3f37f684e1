package org.raspworkbench.core.model;

import java.util.List;
import java.util.Map;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs a compiled model on many inputs of one length at once and keeps only the last residual
 * stream: the arithmetic of {@link ForwardPass} (the same head and MLP kernels, so the same bits),
 * without the per-input snapshots and RASP evaluation. The leading layers without heads run once
 * per (token, position) of the batch ({@link PositionWiseRows}); after that, heads run per input
 * (projecting only the columns its logits read, see {@link HeadRunner}) and each layer's MLP runs
 * once over the rows of all inputs, so its compact weights are read once per batch. Memory is the
 * batch's residual streams and, when kept, its attention weights.
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
        int bos = ids.get(StrValue.of(model.program().settings().bos()));
        PositionWiseRows start = new PositionWiseRows(model, f32);
        double[][][] x = new double[inputs.size()][][];
        boolean[][] pad = new boolean[inputs.size()][];
        int total = 0;
        for (List<Value> in : inputs) total += in.size() + 1;
        // the rows of all inputs, sharing the arrays of x, for the position-wise products
        double[][] all = new double[total][];
        for (int b = 0, r = 0; b < x.length; b++) {
            List<Value> in = inputs.get(b);
            x[b] = new double[in.size() + 1][];
            for (int p = 0; p < x[b].length; p++) {
                x[b][p] = start.row(p == 0 ? bos : ids.get(in.get(p - 1)), p);
                all[r++] = x[b][p];
            }
            pad[b] = ForwardPass.padPositions(model, in);
        }
        List<LayerCircuit> layers = model.circuits();
        for (int b = 0; keepAttention && b < x.length; b++) {
            for (LayerCircuit layer : layers) {
                if (layer.heads().isEmpty()) attention[b][layer.layer()] = new double[0][][];
            }
        }
        for (LayerCircuit layer : layers.subList(start.layers(), layers.size())) {
            List<HeadCircuit> heads = layer.heads();
            for (int b = 0; b < x.length && !heads.isEmpty(); b++) {
                // per input, so its rows stay in cache from the projections to the weighted sum
                double[][][] outs = new double[heads.size()][][];
                if (keepAttention) attention[b][layer.layer()] = new double[outs.length][][];
                for (int h = 0; h < outs.length; h++) {
                    HeadRunner.Result r = HeadRunner.run(heads.get(h), x[b], c.keySize(), c.causal(), pad[b], f32);
                    outs[h] = r.output();
                    if (keepAttention) attention[b][layer.layer()][h] = r.weights();
                }
                // every head reads the residual before any of the layer's heads writes to it
                for (int h = 0; h < outs.length; h++) HeadRunner.addTo(x[b], heads.get(h), outs[h], f32);
            }
            MlpRunner.run(layer, all, f32);
        }
        return new Batch(x, attention);
    }
}
