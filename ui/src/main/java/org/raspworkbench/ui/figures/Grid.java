package org.raspworkbench.ui.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every figure seen as the renderer draws it: panels of {@code cells[row][column]} side by side,
 * row labels on the left (optionally in named bands), column labels under each panel.
 */
record Grid(String title, List<String> rowLabels, List<Band> bands, List<String> columnLabels, List<Panel> panels,
            String rowAxis, String columnAxis, Scale scale, Emphasis emphasis, boolean panelTitles,
            double preferredCellWidth, double preferredCellHeight) {

    /** Rows {@code start..end-1} belong to {@code name}. */
    record Band(String name, int start, int end) {
    }

    record Panel(String title, double[][] cells) {
    }

    int rows() {
        return rowLabels.size();
    }

    int columns() {
        return columnLabels.size();
    }

    Optional<String> bandOf(int row) {
        for (Band b : bands) if (row >= b.start() && row < b.end()) return Optional.of(b.name());
        return Optional.empty();
    }

    static Grid of(Figure figure) {
        if (figure instanceof ResidualHeatmap h) {
            return residual(h.title(), h.positions(), h.groups(), List.of(h.snapshot()), h.scale(), h.emphasis(), false);
        }
        if (figure instanceof SnapshotStrip s) {
            return residual(s.title(), s.positions(), s.groups(), s.snapshots(), s.scale(), s.emphasis(), true);
        }
        if (figure instanceof CircuitGrid c) {
            // attention-sized cells while the grid is small; a big one (sort's 257 x 257 keys at n = 16)
            // shrinks to about 720 units across, down to one unit per cell
            double cell = Math.max(1, Math.min(30, 720.0 / Math.max(1, Math.max(c.rows().size(), c.columns().size()))));
            return new Grid(c.title(), c.rows(), List.of(), c.columns(), List.of(new Panel("", c.cells())),
                    c.rowAxis(), c.columnAxis(), c.scale(), Emphasis.NONE, false, cell, cell);
        }
        if (figure instanceof PatchSweepGrid p) return sweep(p);
        AttentionPattern a = (AttentionPattern) figure;
        return new Grid(a.title(), a.queries(), List.of(), a.keys(), List.of(new Panel("", a.weights())),
                "query", "key", a.scale(), Emphasis.NONE, false, 30, 30);
    }

    private static Grid residual(String title, List<String> positions, List<DirectionGroup> groups,
                                 List<SnapshotValues> snapshots, Scale scale, Emphasis emphasis, boolean panelTitles) {
        List<String> labels = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (DirectionGroup g : groups) {
            bands.add(new Band(g.sop(), labels.size(), labels.size() + g.labels().size()));
            labels.addAll(g.labels());
        }
        List<Panel> panels = new ArrayList<>();
        for (SnapshotValues s : snapshots) panels.add(new Panel(s.name(), transpose(s.values(), labels.size())));
        return new Grid(title, labels, bands, positions, panels, "residual direction", "position", scale, emphasis,
                panelTitles, panelTitles ? 22 : 30, 15);
    }

    /** Components down in layer bands, output positions across. */
    private static Grid sweep(PatchSweepGrid p) {
        List<String> labels = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (DirectionGroup g : p.layers()) {
            bands.add(new Band(g.sop(), labels.size(), labels.size() + g.labels().size()));
            labels.addAll(g.labels());
        }
        return new Grid(p.title(), labels, bands, p.positions(), List.of(new Panel("", p.effects())), "component",
                "output position:token of the clean input \u00b7 cells: " + p.measure(), p.scale(), Emphasis.NONE, false, 30, 15);
    }

    private static double[][] transpose(double[][] byPosition, int directions) {
        double[][] t = new double[directions][byPosition.length];
        for (int p = 0; p < byPosition.length; p++) {
            for (int d = 0; d < directions; d++) t[d][p] = byPosition[p][d];
        }
        return t;
    }
}
