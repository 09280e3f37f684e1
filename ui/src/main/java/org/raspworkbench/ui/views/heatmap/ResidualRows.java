package org.raspworkbench.ui.views.heatmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ResidualGroupDigest;

/**
 * The rows of a residual figure, chosen from a model's residual groups by a {@link RowFilter}:
 * the output S-op's group first, the others in stream order; a collapsed group becomes one row
 * that holds, at each position, its value of largest magnitude (a one-hot group shows its 1).
 * {@code columns} of a row are indices into the residual stream.
 */
record ResidualRows(List<Row> rows) {
    record Row(String group, String label, int[] columns) {
    }

    ResidualRows {
        rows = List.copyOf(rows);
    }

    /**
     * @param written residual columns the current step wrote
     * @param shown   the snapshots on screen {@code [snapshot][position][column]}, for the non-zero filter
     */
    static ResidualRows choose(ModelDigest model, Optional<String> outputGroup, RowFilter filter, Set<Integer> written,
                               List<double[][]> shown) {
        List<ResidualGroupDigest> ordered = new ArrayList<>();
        outputGroup.flatMap(name -> model.groups().stream().filter(g -> g.name().equals(name)).findFirst())
                .ifPresent(ordered::add);
        for (ResidualGroupDigest g : model.groups()) if (!ordered.contains(g)) ordered.add(g);
        List<Row> rows = new ArrayList<>();
        for (ResidualGroupDigest g : ordered) {
            if (!filter.matchesName(g.name())) continue;
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < g.columns().size(); i++) {
                int c = g.columns().get(i);
                if (filter.onlyWritten() && !written.contains(c)) continue;
                if (filter.onlyNonZero() && !nonZero(shown, c)) continue;
                kept.add(i);
            }
            if (kept.isEmpty()) continue;
            if (filter.collapsed().contains(g.name()) && g.columns().size() > 1) {
                rows.add(new Row(g.name(), g.name() + " (" + g.columns().size() + " rows)",
                        kept.stream().mapToInt(g.columns()::get).toArray()));
            } else {
                for (int i : kept) rows.add(new Row(g.name(), label(g, i), new int[] {g.columns().get(i)}));
            }
        }
        return new ResidualRows(rows);
    }

    /** Labels are made once per direction and kept: a thousand-row stream is rebuilt at every step. */
    private static final java.util.Map<org.raspworkbench.core.bases.BasisDirection, String> LABELS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static String label(ResidualGroupDigest g, int i) {
        return LABELS.computeIfAbsent(g.directions().get(i), org.raspworkbench.core.bases.BasisDirection::label);
    }

    private static boolean nonZero(List<double[][]> shown, int column) {
        for (double[][] s : shown) {
            for (double[] position : s) if (Math.abs(position[column]) >= RowFilter.NONZERO) return true;
        }
        return false;
    }

    /** Consecutive rows of one group, as the figure labels them. */
    List<DirectionGroup> groups() {
        List<DirectionGroup> out = new ArrayList<>();
        String current = null;
        List<String> labels = new ArrayList<>();
        for (Row r : rows) {
            if (current != null && !current.equals(r.group())) {
                out.add(new DirectionGroup(current, labels));
                labels = new ArrayList<>();
            }
            current = r.group();
            labels.add(r.label());
        }
        if (current != null) out.add(new DirectionGroup(current, labels));
        return out;
    }

    /** {@code snapshot[position][column]} as {@code [position][row]}. */
    double[][] values(double[][] snapshot) {
        double[][] out = new double[snapshot.length][rows.size()];
        for (int p = 0; p < snapshot.length; p++) {
            for (int r = 0; r < rows.size(); r++) {
                int[] cols = rows.get(r).columns();
                double v = snapshot[p][cols[0]];
                for (int k = 1; k < cols.length; k++) {
                    if (Math.abs(snapshot[p][cols[k]]) > Math.abs(v)) v = snapshot[p][cols[k]];
                }
                out[p][r] = v;
            }
        }
        return out;
    }

    /** The rows that show any of {@code columns}. */
    Set<Integer> rowsShowing(Set<Integer> columns) {
        Set<Integer> out = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c : rows.get(r).columns()) {
                if (columns.contains(c)) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }
}
