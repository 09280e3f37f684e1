package org.raspworkbench.ui.views.intervention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.OutputEffect;
import org.raspworkbench.core.intervention.SweepCell;
import org.raspworkbench.core.intervention.SweepResult;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.CircuitFigures;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.figures.PatchSweepGrid;
import org.raspworkbench.ui.figures.Scale;

/**
 * Turns a sweep into its figure: components down in one band per layer (the embeddings' subspaces
 * first), positions across labelled with the clean input's tokens, cells the chosen measure. The
 * same figure is drawn on screen and exported.
 */
public final class SweepFigures {
    private SweepFigures() {
    }

    /** The sweep's cells in the figure's row order: by layer (embeddings first), in the core's order within one. */
    public static List<SweepCell> rowOrder(SweepResult sweep) {
        Map<Integer, List<SweepCell>> bands = new java.util.TreeMap<>();
        for (SweepCell c : sweep.cells()) bands.computeIfAbsent(c.layer(), k -> new ArrayList<>()).add(c);
        List<SweepCell> out = new ArrayList<>();
        bands.values().forEach(out::addAll);
        return out;
    }

    public static PatchSweepGrid grid(String program, SweepResult sweep, SweepMeasure measure) {
        Map<Integer, List<String>> bands = new LinkedHashMap<>();
        List<double[]> rows = new ArrayList<>();
        int positions = sweep.clean().size();
        for (SweepCell c : rowOrder(sweep)) {
            bands.computeIfAbsent(c.layer(), k -> new ArrayList<>()).add(rowLabel(c));
            double[] row = new double[positions];
            java.util.Arrays.fill(row, Double.NaN);
            for (OutputEffect e : c.effects()) if (e.row() >= 1 && e.row() <= positions) row[e.row() - 1] = measure.of(e);
            rows.add(row);
        }
        List<DirectionGroup> groups = new ArrayList<>();
        bands.forEach((layer, labels) -> groups.add(new DirectionGroup(layer < 0 ? "embeddings" : "layer " + layer, labels)));
        List<String> columns = new ArrayList<>();
        for (int p = 0; p < positions; p++) columns.add((p + 1) + ":" + sweep.clean().get(p).str());
        double[][] effects = rows.toArray(new double[0][]);
        // Long inputs are shortened: the title of two 64-token inputs is wider than any screen.
        String title = program + ": patching " + CircuitFigures.briefInput(sweep.corrupted()) + " into "
                + CircuitFigures.briefInput(sweep.clean());
        return new PatchSweepGrid(title, groups, columns, effects, measure.label(), scale(measure, effects));
    }

    /** {@code head L0.H1 frac_prevs}, {@code L2 MLP either}, {@code subspace tokens}. */
    static String rowLabel(SweepCell c) {
        return switch (c.kind()) {
            case HEAD -> "head " + c.target().label();
            case MLP -> c.target().label();
            case SUBSPACE -> "subspace " + ((InterventionTarget.SOpSubspace) c.target()).sop();
        };
    }

    /** Diverging around 0 for changes (at least \u00b11 for fractions, so 1 reads as "all of it"); 0..1 for changed. */
    static Scale scale(SweepMeasure measure, double[][] effects) {
        return switch (measure) {
            case CHANGED -> new Scale(ColorMap.BLUES, 0, 1);
            case FRACTION -> {
                Scale s = Scale.fitting(ColorMap.RDBU, effects);
                double m = Math.max(1, s.max());
                yield new Scale(ColorMap.RDBU, -m, m);
            }
            case DELTA -> Scale.fitting(ColorMap.RDBU, effects);
        };
    }
}
