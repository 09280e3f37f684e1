package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/** Keeps each S-op's smallest decode margin over the inputs seen, and the input where it occurred. */
final class MarginTracker {
    private final List<SOpSite> sites;
    /** Per numerical site, the numbers of its value set (empty for categorical sites). */
    private final double[][] valueSets;
    /** Per categorical site, the column of each value. */
    private final List<Map<Value, Integer>> columnOf = new ArrayList<>();
    private final double[] min;
    private final List<List<Value>> where;
    private final int[] position;
    /** The margins of the input last added, [site][position] (NaN where the program says None). */
    private double[][] last = new double[0][];

    MarginTracker(List<SOpSite> sites) {
        this.sites = sites;
        valueSets = new double[sites.size()][];
        min = new double[sites.size()];
        position = new int[sites.size()];
        where = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            SOpSite s = sites.get(i);
            min[i] = Double.POSITIVE_INFINITY;
            where.add(List.of());
            List<Double> numbers = new ArrayList<>();
            if (s.readout().isNumerical()) {
                for (Value v : s.valueSet().orElse(List.of())) {
                    if (v instanceof NumericValue n) numbers.add(n.asDouble());
                }
            }
            valueSets[i] = numbers.stream().mapToDouble(Double::doubleValue).distinct().toArray();
            Map<Value, Integer> columns = new HashMap<>();
            List<Value> values = s.readout().values();
            for (int c = values.size() - 1; c >= 0; c--) columns.put(values.get(c), c);
            columnOf.add(columns);
        }
    }

    void add(List<Value> input, double[][] x, Evaluation evaluation) {
        begin(input.size());
        for (int i = 0; i < sites.size(); i++) {
            List<Value> expected = evaluation.valuesOf(sites.get(i).sop());
            for (int p = 0; p < expected.size(); p++) {
                Value want = expected.get(p);
                if (!(want instanceof NoneValue)) record(i, p, margin(i, x[p + 1], want), input);
            }
        }
    }

    /** Starts an input of this length: its margins are NaN until {@link #record}ed. */
    void begin(int length) {
        if (last.length != sites.size() || (last.length > 0 && last[0].length < length)) {
            last = new double[sites.size()][length];
        }
        for (double[] row : last) java.util.Arrays.fill(row, Double.NaN);
    }

    /** Site i's margin at position p of the input begun, which the smallest so far may be. */
    void record(int i, int p, double m, List<Value> input) {
        last[i][p] = m;
        if (m < min[i]) {
            min[i] = m;
            where.set(i, List.copyOf(input));
            position[i] = p;
        }
    }

    /** Site i's margin in a residual row (only its columns are read) where the program says {@code want}. */
    double margin(int i, double[] row, Value want) {
        return margin(i, sites.get(i).readout(), row, want);
    }

    /** As {@link #margin(int, double[], Value)}, reading the row through another readout of the same values. */
    double margin(int i, SOpReadout readout, double[] row, Value want) {
        return readout.isNumerical() ? numerical(valueSets[i], row[readout.columns()[0]], want)
                : readout.categoricalMargin(row, column(i, want));
    }

    /** The column of categorical site i's value {@code want} in its readout; -1 when it has none. */
    int column(int i, Value want) {
        return columnOf.get(i).getOrDefault(want, -1);
    }

    /** Takes in another tracker's minima, as if its inputs came after this one's. */
    void merge(MarginTracker other) {
        for (int i = 0; i < sites.size(); i++) {
            if (other.min[i] < min[i]) {
                min[i] = other.min[i];
                where.set(i, other.where.get(i));
                position[i] = other.position[i];
            }
        }
    }

    /** Distance to the nearest other value of the set, minus the distance to the program's value. */
    private static double numerical(double[] set, double got, Value want) {
        if (!(want instanceof NumericValue w)) return Double.NaN;
        double target = w.asDouble();
        double nearestWrong = Double.POSITIVE_INFINITY;
        for (double v : set) {
            if (Math.abs(v - target) <= 1e-9 * Math.max(1, Math.abs(target))) continue;
            nearestWrong = Math.min(nearestWrong, Math.abs(got - v));
        }
        return nearestWrong == Double.POSITIVE_INFINITY ? Double.NaN : nearestWrong - Math.abs(got - target);
    }

    /**
     * The margins {@link #add} just computed for its input, per site (in the order given) and
     * position: a categorical site with a margin above 0 decodes to the program's value there.
     * Overwritten by the next {@code add}.
     */
    double[][] lastInput() {
        return last;
    }

    List<Margin> margins() {
        List<Margin> out = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            if (min[i] != Double.POSITIVE_INFINITY) out.add(new Margin(sites.get(i).sop(), min[i], where.get(i), position[i]));
        }
        out.sort(Comparator.comparingDouble(Margin::minMargin));
        return out;
    }
}
