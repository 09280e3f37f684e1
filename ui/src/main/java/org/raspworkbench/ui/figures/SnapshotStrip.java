package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * Every snapshot of a forward pass side by side (as in Tracr's notebook plot), sharing the direction
 * labels on the left and one colour bar.
 */
public record SnapshotStrip(String title, List<String> positions, List<DirectionGroup> groups, List<SnapshotValues> snapshots,
                            Scale scale, Emphasis emphasis) implements Figure {
    public SnapshotStrip {
        positions = List.copyOf(positions);
        groups = List.copyOf(groups);
        snapshots = List.copyOf(snapshots);
        if (snapshots.isEmpty()) throw new IllegalArgumentException("a strip needs at least one snapshot");
        for (SnapshotValues s : snapshots) {
            Arrays2.requireShape(s.values(), positions.size(), DirectionGroup.width(groups), "snapshot " + s.name());
        }
    }

    public SnapshotStrip(String title, List<String> positions, List<DirectionGroup> groups, List<SnapshotValues> snapshots) {
        this(title, positions, groups, snapshots,
                Scale.automatic(snapshots.stream().map(SnapshotValues::values).toArray(double[][][]::new)), Emphasis.NONE);
    }

    public SnapshotStrip withScale(Scale s) {
        return new SnapshotStrip(title, positions, groups, snapshots, s, emphasis);
    }

    public SnapshotStrip withEmphasis(Emphasis e) {
        return new SnapshotStrip(title, positions, groups, snapshots, scale, e);
    }
}
