package org.raspworkbench.core.model;

/**
 * Where a resumed forward pass ({@link ForwardPass#resume}) lets a caller read or change what the
 * sub-layers compute: each head's output before it is added to the residual stream, each S-op's
 * part of a layer's MLP, and the residual stream at each snapshot. Interventions (ablations,
 * activation patching, written values) and the capture of activations are hooks. Every method
 * receives arrays it may change in place or replace; the default changes nothing, and a pass with
 * {@link #NONE} computes exactly the bits of {@link ForwardPass#run}.
 */
public interface SubLayerHooks {
    SubLayerHooks NONE = new SubLayerHooks() {
    };

    /**
     * What head {@code head} of {@code layer} adds to the residual, {@code [row][j]} for the head's
     * output columns ({@link HeadCircuit#output()}); rows are residual rows (0 = BOS).
     *
     * @return the output to add (the argument itself to leave it)
     */
    default double[][] headOutput(int layer, int head, double[][] output) {
        return output;
    }

    /**
     * Whether {@link #mlpPartOutputs} is wanted for this layer. When not, the layer's MLP adds into
     * the residual directly, as the plain forward pass does; when it is, each part's output is
     * computed apart first (the same sums, from zero) and added afterwards.
     */
    default boolean hooksMlp(int layer) {
        return false;
    }

    /**
     * What each part of the layer's MLP ({@link LayerCircuit#mlp()} order) adds to the residual,
     * {@code [part][row][j]} for the part's output columns ({@link MlpPart#output()}); change in
     * place. Called only where {@link #hooksMlp} says so.
     */
    default void mlpPartOutputs(int layer, double[][][] outputs) {
    }

    /**
     * The residual stream at {@code snapshot} ({@link SnapshotNumbering}), {@code [row][column]},
     * before it is recorded and read by the next sub-layer; change in place. Called for every
     * snapshot from the one the pass resumes at.
     */
    default void residual(int snapshot, double[][] x) {
    }
}
