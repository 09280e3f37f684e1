package org.raspworkbench.ui.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.bases.BasisDirection;

/**
 * The part of a forward pass a residual export shows: snapshot indices (one gives a heatmap, several
 * a strip, in the order given) and residual rows (indices into the residual, kept in residual order).
 */
public record ResidualSelection(List<Integer> snapshots, List<Integer> rows) {
    public ResidualSelection {
        snapshots = List.copyOf(new LinkedHashSet<>(snapshots));
        rows = new ArrayList<>(new LinkedHashSet<>(rows)).stream().sorted().toList();
        if (snapshots.isEmpty()) throw new IllegalArgumentException("choose at least one snapshot");
        if (rows.isEmpty()) throw new IllegalArgumentException("choose at least one residual direction");
    }

    /** Every row of a residual {@code width} wide. */
    public static List<Integer> allRows(int width) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < width; i++) all.add(i);
        return all;
    }

    /**
     * The rows of the S-ops named in {@code sops} (their whole group) and of the directions labelled
     * as in {@code labels} ({@code name:value}, or {@code one}).
     */
    public static List<Integer> rowsOf(List<BasisDirection> residual, Set<String> sops, Set<String> labels) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < residual.size(); i++) {
            BasisDirection d = residual.get(i);
            if (sops.contains(d.name()) || labels.contains(d.label())) rows.add(i);
        }
        return rows;
    }
}
