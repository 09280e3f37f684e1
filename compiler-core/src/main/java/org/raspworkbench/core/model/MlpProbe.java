package org.raspworkbench.core.model;

/**
 * Runs one layer's MLP on a single residual vector chosen by the caller (not one from a forward
 * pass): what the circuit tables read off the weights by feeding the MLP each input direction.
 * It is the forward pass's own MLP code, so a table and a trace can never disagree about what the
 * MLP computes.
 */
public final class MlpProbe {
    private MlpProbe() {
    }

    /** What the layer's MLP adds to {@code row} (a residual vector in {@link CompiledModel#residual()} order). */
    public static double[] delta(LayerCircuit layer, double[] row) {
        double[][] x = {row.clone()};
        MlpRunner.run(layer, x);
        double[] out = x[0];
        for (int i = 0; i < out.length; i++) out[i] -= row[i];
        return out;
    }
}
