package org.raspworkbench.ui.figures;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The part of a figure under a point. In residual figures a row is a direction (index in figure
 * order, {@code group} its S-op) and a column a position ({@code columnLabel} its token); in an
 * attention pattern a row is a query and a column a key. {@code panel} is the snapshot in a strip
 * (0 elsewhere); {@code row}/{@code column} are -1 where the hit is a label of the other axis.
 */
public record CellHit(HitKind kind, int panel, int row, int column, String rowLabel, String columnLabel,
                      Optional<String> group, OptionalDouble value) {
    /** The residual direction index (same as {@link #row()}). */
    public int direction() {
        return row;
    }

    /** The position index, 0 for BOS (same as {@link #column()}). */
    public int position() {
        return column;
    }
}
