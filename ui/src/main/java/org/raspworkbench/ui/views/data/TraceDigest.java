package org.raspworkbench.ui.views.data;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.value.Value;

/**
 * What the views read of one forward pass: the tokens fed in (BOS first), every residual
 * snapshot {@code [snapshot][position][direction]}, every head's attention weights
 * {@code [layer][head][query][key]}, and the value each S-op has per input position according to
 * the RASP program (BOS excluded).
 */
public record TraceDigest(List<Value> tokens, double[][][] snapshots, double[][][][] attention,
                          List<SopValues> expected) {
    public TraceDigest {
        tokens = List.copyOf(tokens);
        expected = List.copyOf(expected);
    }

    public int positions() {
        return tokens.size();
    }

    public Optional<List<Value>> expectedValues(RaspExpr sop) {
        for (SopValues v : expected) if (SopIdentity.same(v.node(), sop)) return Optional.of(v.values());
        return Optional.empty();
    }

    /** The program's value at a stream position (position 0 is BOS and has none). */
    public Optional<Value> expectedAt(RaspExpr sop, int position) {
        if (position <= 0) return Optional.empty();
        return expectedValues(sop).filter(v -> position - 1 < v.size()).map(v -> v.get(position - 1));
    }

    /** Whether this is a run of {@code model}: one snapshot per sub-layer, as wide as its residual stream. */
    public boolean fits(ModelDigest model) {
        return snapshots.length == model.snapshotCount() && positions() > 0
                && snapshots[0][0].length == model.residual().size();
    }

    public double[] residual(Snapshot snapshot, int position) {
        return snapshots[snapshot.index()][position];
    }
}
