package org.raspworkbench.core.model;

import java.util.List;

/**
 * The residual rows after a model's leading layers that have no heads: until the first head,
 * every block works on each position alone, so a row is a function of its token and position and
 * is computed once per (token, position) a batch holds instead of once per input. Each row is
 * computed by the same MLP kernel as in the forward pass, so the bits are the same. Rows are made
 * on first use and held for one batch: at most one per row of the batch.
 */
final class PositionWiseRows {
    private final CompiledModel model;
    private final List<LayerCircuit> prefix;
    private final boolean f32;
    private final int tokens;
    private final double[][] rows;
    private int made;

    PositionWiseRows(CompiledModel model, boolean f32) {
        this.model = model;
        this.prefix = model.circuits().subList(0, leadingLayersWithoutHeads(model));
        this.f32 = f32;
        this.tokens = model.tokenOrder().size();
        this.rows = new double[(model.program().settings().maxSeqLen() + 1) * tokens][];
    }

    /** How many layers, from the first, have no heads (their residual rows never mix positions). */
    static int leadingLayersWithoutHeads(CompiledModel model) {
        int n = 0;
        while (n < model.circuits().size() && model.circuits().get(n).heads().isEmpty()) n++;
        return n;
    }

    /** Entries of the rows made so far. */
    long size() {
        return (long) made * model.config().dModel();
    }

    /** The layers these rows have already been through. */
    int layers() {
        return prefix.size();
    }

    /** A fresh copy of the row of token id {@code token} at sequence position p (0 = the BOS). */
    double[] row(int token, int p) {
        return kept(token, p).clone();
    }

    /** The row itself, which callers must not change. */
    double[] kept(int token, int p) {
        int key = p * tokens + token;
        double[] r = rows[key];
        if (r == null) {
            made++;
            r = ForwardPass.embedRow(model, token, p);
            double[][] one = {r};
            for (LayerCircuit layer : prefix) MlpRunner.run(layer, one, f32);
            rows[key] = r;
        }
        return r;
    }
}
