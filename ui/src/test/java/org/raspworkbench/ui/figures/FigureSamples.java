package org.raspworkbench.ui.figures;

import java.util.ArrayList;
import java.util.List;

/** Hand-made figures shaped like a small compiled program's (length, then reverse). */
final class FigureSamples {
    static final List<String> POSITIONS = List.of("BOS", "1", "2", "3");
    static final List<DirectionGroup> GROUPS = List.of(
            new DirectionGroup("indices", List.of("indices:0", "indices:1", "indices:2")),
            new DirectionGroup("length", List.of("length:1", "length:2", "length:3")),
            new DirectionGroup("one", List.of("one")),
            new DirectionGroup("frac", List.of("frac")),
            new DirectionGroup("tokens", List.of("tokens:1", "tokens:2", "tokens:3", "tokens:BOS")));

    private FigureSamples() {
    }

    /** Snapshot k of three: embeddings, then length written, then a signed numerical value. */
    static SnapshotValues snapshot(int k) {
        double[][] v = new double[4][12];
        for (int p = 0; p < 4; p++) {
            v[p][6] = 1;
            if (p == 0) v[p][11] = 1;
            else {
                v[p][p - 1] = 1;
                v[p][7 + p] = 1;
            }
            if (k >= 1 && p > 0) v[p][5] = 1;
            if (k >= 2 && p > 0) v[p][7] = -0.5 * p;
        }
        return new SnapshotValues(k == 0 ? "embeddings" : "after " + (k == 1 ? "attn 0" : "mlp 0"), v);
    }

    static ResidualHeatmap heatmap() {
        return new ResidualHeatmap("length: residual after mlp 0", POSITIONS, GROUPS, snapshot(2));
    }

    static SnapshotStrip strip() {
        List<SnapshotValues> all = new ArrayList<>();
        for (int k = 0; k < 3; k++) all.add(snapshot(k));
        return new SnapshotStrip("length: all snapshots", POSITIONS, GROUPS, all);
    }

    static AttentionPattern attention() {
        double[][] w = {
                {1, 0, 0, 0},
                {0.25, 0.25, 0.25, 0.25},
                {0.25, 0.25, 0.25, 0.25},
                {0.25, 0.25, 0.25, 0.25}};
        return new AttentionPattern("L0.H0: length", POSITIONS, POSITIONS, w);
    }
}
