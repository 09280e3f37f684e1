package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * One residual snapshot: basis directions down (grouped by S-op, groups separated), positions across
 * ({@code positions} holds the token at each, BOS first).
 */
public record ResidualHeatmap(String title, List<String> positions, List<DirectionGroup> groups, SnapshotValues snapshot,
                              Scale scale, Emphasis emphasis) implements Figure {
    public ResidualHeatmap {
        positions = List.copyOf(positions);
        groups = List.copyOf(groups);
        Arrays2.requireShape(snapshot.values(), positions.size(), DirectionGroup.width(groups), "snapshot " + snapshot.name());
    }

    public ResidualHeatmap(String title, List<String> positions, List<DirectionGroup> groups, SnapshotValues snapshot) {
        this(title, positions, groups, snapshot, Scale.automatic(snapshot.values()), Emphasis.NONE);
    }

    public ResidualHeatmap withScale(Scale s) {
        return new ResidualHeatmap(title, positions, groups, snapshot, s, emphasis);
    }

    public ResidualHeatmap withEmphasis(Emphasis e) {
        return new ResidualHeatmap(title, positions, groups, snapshot, scale, e);
    }
}
