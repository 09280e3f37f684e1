package org.raspworkbench.ui.views.heatmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Emphasis;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.ResidualHeatmap;
import org.raspworkbench.ui.figures.Scale;
import org.raspworkbench.ui.figures.SnapshotStrip;
import org.raspworkbench.ui.figures.TraceFigures;
import org.raspworkbench.ui.views.TraceViewModel;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ResidualGroupDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.data.ValueText;

/**
 * State of the heatmap view: which snapshot (a negative index shows the last one), single or
 * strip, colour map (empty: chosen by the values' sign) and range, which rows (a {@link RowFilter}),
 * and whether it shows the residual stream or what the current sub-layer wrote (difference mode);
 * the figure follows from them. The output S-op's group comes first.
 */
public final class HeatmapViewModel extends TraceViewModel {
    private final BooleanProperty strip = new SimpleBooleanProperty(this, "strip", false);
    private final ObjectProperty<Optional<ColorMap>> colorMap =
            new SimpleObjectProperty<>(this, "colorMap", Optional.empty());
    private final ObjectProperty<RangeChoice> range = new SimpleObjectProperty<>(this, "range", RangeChoice.ALL_SNAPSHOTS);
    private final StringProperty programName = new SimpleStringProperty(this, "programName", "");
    private final ObjectProperty<SOp> output = new SimpleObjectProperty<>(this, "output");
    private final StringProperty nameFilter = new SimpleStringProperty(this, "nameFilter", "");
    private final BooleanProperty onlyWritten = new SimpleBooleanProperty(this, "onlyWritten", false);
    private final BooleanProperty onlyNonZero = new SimpleBooleanProperty(this, "onlyNonZero", false);
    private final BooleanProperty difference = new SimpleBooleanProperty(this, "difference", false);
    private final BooleanProperty againstClean = new SimpleBooleanProperty(this, "againstClean", false);
    private final ObservableSet<String> collapsed = FXCollections.observableSet(new HashSet<>());
    private ResidualRows rows = new ResidualRows(List.of());

    public HeatmapViewModel(ObjectProperty<SOp> selection) {
        super(selection);
    }

    public BooleanProperty stripProperty() { return strip; }
    public ObjectProperty<Optional<ColorMap>> colorMapProperty() { return colorMap; }
    public ObjectProperty<RangeChoice> rangeProperty() { return range; }
    /** Names the figure in its title (the IDE sets the file name); empty uses the output S-op's name. */
    public StringProperty programNameProperty() { return programName; }
    /** The program's output S-op: its rows come first, marked "output". */
    public ObjectProperty<SOp> outputProperty() { return output; }
    /** Shows only the groups whose S-op name contains this text (any case). */
    public StringProperty nameFilterProperty() { return nameFilter; }
    /** Shows only the directions the current sub-layer wrote. */
    public BooleanProperty onlyWrittenProperty() { return onlyWritten; }
    /** Shows only directions with some |value| of at least {@link RowFilter#NONZERO} in the snapshot shown. */
    public BooleanProperty onlyNonZeroProperty() { return onlyNonZero; }
    /** Shows what the sub-layer wrote: the snapshot minus the one before it, on a diverging scale. */
    public BooleanProperty differenceProperty() { return difference; }
    /** While a patched run is shown: draw patched minus clean at each snapshot (what the interventions changed). */
    public BooleanProperty againstCleanProperty() { return againstClean; }

    /** Patched minus clean is drawn now. */
    public boolean showsAgainstClean() {
        return againstClean.get() && patched();
    }
    /** The groups drawn as one row. */
    public ObservableSet<String> collapsedGroups() { return collapsed; }

    public void toggleCollapsed(String group) {
        if (!collapsed.remove(group)) collapsed.add(group);
    }

    public RowFilter rowFilter() {
        return new RowFilter(nameFilter.get(), onlyWritten.get(), onlyNonZero.get(), collapsed);
    }

    /** The figure to draw, or empty before a model and trace are shown. */
    public Optional<Figure> figure() {
        if (!ready()) return Optional.empty();
        ModelDigest m = modelProperty().get();
        TraceDigest t = traceProperty().get();
        List<double[][]> all = Arrays.asList(t.snapshots());
        boolean vsClean = showsAgainstClean();
        List<double[][]> values = vsClean ? againstCleanOf(t, cleanTraceProperty().get())
                : difference.get() ? differencesOf(t) : all;
        List<Value> input = t.tokens().subList(1, t.tokens().size());
        List<String> positions = TraceFigures.positionLabels(t.tokens().get(0).str(), input);
        List<String> names = TraceFigures.snapshotNames(SnapshotNumbering.layers(all.size()));
        int k = snapshot().index();
        List<double[][]> shown = strip.get() ? values : java.util.Collections.singletonList(values.get(k));
        rows = ResidualRows.choose(m, outputGroup(m), rowFilter(), writtenColumns(m), shown);
        Emphasis emphasis = emphasis(m);
        Scale scale = scale(values);
        String on = " on " + TraceFigures.inputText(input);
        if (strip.get()) {
            List<org.raspworkbench.ui.figures.SnapshotValues> panels = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                panels.add(new org.raspworkbench.ui.figures.SnapshotValues(names.get(i), rows.values(values.get(i))));
            }
            String what = vsClean ? ": patched \u2212 clean" : difference.get() ? ": what each sub-layer wrote"
                    : ": residual stream";
            return Optional.of(new SnapshotStrip(title() + what + on, positions, rows.groups(), panels, scale, emphasis));
        }
        String what = vsClean ? ": patched \u2212 clean " + names.get(k)
                : !difference.get() ? ": residual " + names.get(k)
                : k == 0 ? ": embeddings (nothing before them)"
                : ": what " + names.get(k).replace("after ", "") + " wrote (" + names.get(k) + " \u2212 " + names.get(k - 1) + ")";
        return Optional.of(new ResidualHeatmap(title() + what + on, positions, rows.groups(),
                new org.raspworkbench.ui.figures.SnapshotValues(names.get(k), rows.values(values.get(k))), scale, emphasis));
    }

    private TraceDigest againstTrace;
    private TraceDigest againstCleanTrace;
    private List<double[][]> against;

    private List<double[][]> againstCleanOf(TraceDigest patched, TraceDigest clean) {
        if (againstTrace != patched || againstCleanTrace != clean) {
            against = new ArrayList<>();
            for (int k = 0; k < patched.snapshots().length; k++) {
                double[][] a = patched.snapshots()[k];
                double[][] d = new double[a.length][];
                for (int p = 0; p < a.length; p++) {
                    d[p] = a[p].clone();
                    for (int c = 0; c < d[p].length; c++) d[p][c] -= clean.snapshots()[k][p][c];
                }
                against.add(d);
            }
            againstTrace = patched;
            againstCleanTrace = clean;
        }
        return against;
    }

    private TraceDigest differencesTrace;
    private List<double[][]> differences;

    private List<double[][]> differencesOf(TraceDigest t) {
        if (differencesTrace != t) {
            differences = differences(Arrays.asList(t.snapshots()));
            differencesTrace = t;
        }
        return differences;
    }

    /** Each snapshot minus the one before it (the embeddings stay as they are: nothing came before). */
    static List<double[][]> differences(List<double[][]> snapshots) {
        List<double[][]> out = new ArrayList<>();
        for (int k = 0; k < snapshots.size(); k++) {
            double[][] after = snapshots.get(k);
            double[][] d = new double[after.length][];
            for (int p = 0; p < after.length; p++) {
                d[p] = after[p].clone();
                if (k > 0) for (int c = 0; c < d[p].length; c++) d[p][c] -= snapshots.get(k - 1)[p][c];
            }
            out.add(d);
        }
        return out;
    }

    /** The rows of the figure last built, top to bottom. */
    ResidualRows rows() {
        return rows;
    }

    /** The figure rows showing directions the current step wrote (empty for the embeddings). */
    /**
     * What the placeholder says when no row is left: a step onto an empty sub-layer (a layer with
     * no heads, or no MLP) writes nothing, which "Written rows" would otherwise show as a filter
     * that matches nothing.
     */
    public String noRowsMessage() {
        if (onlyWritten.get() && ready() && !strip.get() && written().isEmpty()) {
            Snapshot s = snapshot();
            return s.producedBy().map(sub -> sub.label() + " is empty in this model: it wrote nothing")
                    .orElse("the embeddings are where every direction starts: no sub-layer has run yet");
        }
        return "no rows match the filter";
    }

    public Set<Integer> writtenRows() {
        return rows.rowsShowing(writtenColumns(modelProperty().get()));
    }

    private Optional<String> outputGroup(ModelDigest m) {
        SOp out = output.get();
        if (out == null) return Optional.empty();
        return m.valueGroup(out).map(ResidualGroupDigest::name);
    }

    private Set<Integer> writtenColumns(ModelDigest m) {
        if (m == null) return Set.of();
        Set<BasisDirection> written = written();
        Set<Integer> columns = new HashSet<>();
        for (int i = 0; i < m.residual().size(); i++) if (written.contains(m.residual().get(i))) columns.add(i);
        return columns;
    }

    /** The program's name, marked when the run drawn is a patched one (so an export says so too). */
    private String title() {
        String name = programName.get().isEmpty() ? "program" : programName.get();
        return patched() ? name + " (patched)" : name;
    }

    /** What a scale was worked out from; the range over every snapshot is the same at each step. */
    private record ScaleKey(TraceDigest trace, Optional<ColorMap> map, RangeChoice range, boolean difference,
                            boolean strip, int snapshot, boolean againstClean) {
    }

    private ScaleKey lastScaleKey;
    private Scale lastScale;

    private Scale scale(List<double[][]> snapshots) {
        boolean perSnapshot = range.get() == RangeChoice.THIS_SNAPSHOT && !strip.get();
        ScaleKey key = new ScaleKey(traceProperty().get(), colorMap.get(), range.get(), difference.get(), strip.get(),
                perSnapshot ? snapshot().index() : -1, showsAgainstClean());
        // The trace is compared by identity: a new run is a new digest.
        if (lastScaleKey == null || lastScaleKey.trace() != key.trace() || !lastScaleKey.equals(key)) {
            lastScale = computeScale(snapshots);
            lastScaleKey = key;
        }
        return lastScale;
    }

    private Scale computeScale(List<double[][]> snapshots) {
        Optional<ColorMap> map = colorMap.get();
        if (difference.get() || showsAgainstClean()) {
            map = Optional.of(map.filter(c -> c.kind() == ColorMap.Kind.DIVERGING).orElse(ColorMap.RDBU));
        }
        switch (range.get()) {
            case THIS_SNAPSHOT: {
                List<double[][]> one = strip.get() ? snapshots : java.util.Collections.singletonList(snapshots.get(snapshot().index()));
                return TraceFigures.scaleFor(one, map);
            }
            case UNIT: {
                ColorMap m = map.orElseGet(() -> TraceFigures.scaleFor(snapshots, Optional.empty()).map());
                return m.kind() == ColorMap.Kind.DIVERGING ? new Scale(m, -1, 1) : new Scale(m, 0, 1);
            }
            default:
                return TraceFigures.scaleFor(snapshots, map);
        }
    }

    /** The selected S-op's group, the rows the current step wrote and the output's group. */
    private Emphasis emphasis(ModelDigest m) {
        Emphasis e = Emphasis.NONE;
        SOp selected = selectionProperty().get();
        if (selected != null && m.valueGroup(selected).isPresent()) e = e.withSelectedSop(selected.name());
        e = e.withWrittenDirections(rows.rowsShowing(writtenColumns(m)));
        if (strip.get() && snapshotIndexProperty().get() >= 0) e = e.withCurrentPanel(snapshot().index());
        return outputGroup(m).map(e::withOutputSop).orElse(e);
    }

    /** The S-op of the group under a hit (a cell or a direction label). */
    public Optional<SOp> sopAt(CellHit hit) {
        if (!ready() || hit.kind() == HitKind.COLUMN_LABEL || hit.group().isEmpty()) return Optional.empty();
        String name = hit.group().get();
        for (ResidualGroupDigest g : modelProperty().get().groups()) {
            if (g.name().equals(name)) return g.owner();
        }
        return Optional.empty();
    }

    public void click(CellHit hit) {
        sopAt(hit).ifPresent(selectionProperty()::set);
    }

    /** The hover text: direction, position, token, snapshot and value. */
    public String describe(CellHit hit) {
        if (!ready()) return "";
        if (hit.kind() == HitKind.ROW_LABEL) {
            return hit.rowLabel() + sopAt(hit).map(s -> "  (S-op " + s.name() + ", click to select)").orElse("");
        }
        if (hit.kind() == HitKind.COLUMN_LABEL) {
            return "position " + hit.column() + ", token " + hit.columnLabel();
        }
        Snapshot s = strip.get() ? new Snapshot(hit.panel()) : snapshot();
        return hit.rowLabel() + "  \u00b7  position " + hit.column() + " (token " + hit.columnLabel() + ")  \u00b7  "
                + s.label() + "  \u00b7  value " + ValueText.number(hit.value().orElse(Double.NaN));
    }

    public List<String> snapshotLabels() {
        List<String> out = new ArrayList<>();
        for (Snapshot s : Snapshot.all(SnapshotNumbering.layers(snapshotCount()))) if (s.index() < snapshotCount()) out.add(s.label());
        return out;
    }
}
