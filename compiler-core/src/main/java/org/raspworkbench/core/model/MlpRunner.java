package org.raspworkbench.core.model;

/**
 * Runs a layer's combined MLP on the residual stream: ReLU of the hidden pre-activations (parts
 * that share a hidden direction add into one unit, as in Tracr), then each part's second layer.
 * Only the columns the parts touch are read and written; zero inputs and inactive units are skipped.
 */
final class MlpRunner {
    private MlpRunner() {
    }

    /** Adds the MLP's output to {@code x}; each position's hidden units are computed before it changes. */
    static void run(LayerCircuit layer, double[][] x) {
        int units = layer.hiddenUnits().size();
        if (units == 0) return;
        for (int p = 0; p < x.length; p++) {
            double[] hidden = new double[units];
            for (MlpPart part : layer.mlp()) {
                double[][] first = part.block().first().matrix();
                int[] in = part.input();
                int[] cols = part.hidden();
                for (int a = 0; a < in.length; a++) {
                    double xv = x[p][in[a]];
                    if (xv == 0) continue;
                    double[] row = first[a];
                    for (int u = 0; u < cols.length; u++) hidden[cols[u]] += xv * row[u];
                }
            }
            for (int u = 0; u < units; u++) {
                if (hidden[u] < 0) hidden[u] = 0;
            }
            for (MlpPart part : layer.mlp()) {
                double[][] second = part.block().second().matrix();
                int[] cols = part.hidden();
                int[] out = part.output();
                for (int u = 0; u < cols.length; u++) {
                    double h = hidden[cols[u]];
                    if (h == 0) continue;
                    double[] row = second[u];
                    for (int b = 0; b < out.length; b++) x[p][out[b]] += h * row[b];
                }
            }
        }
    }
}
