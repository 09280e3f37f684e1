package org.raspworkbench.ui.views.heatmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.figures.CellHit;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Emphasis;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.ResidualHeatmap;
import org.raspworkbench.ui.figures.Scale;
import org.raspworkbench.ui.figures.TraceFigures;
import org.raspworkbench.ui.views.TraceViewModel;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ResidualGroup;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.data.ValueText;

/**
 * State of the heatmap view: which snapshot (a negative index shows the last one), single or
 * strip, colour map (empty: chosen by the values' sign) and range; the figure follows from them.
 */
public final class HeatmapViewModel extends TraceViewModel {
    private final BooleanProperty strip = new SimpleBooleanProperty(this, "strip", false);
    private final ObjectProperty<Optional<ColorMap>> colorMap =
            new SimpleObjectProperty<>(this, "colorMap", Optional.empty());
    private final ObjectProperty<RangeChoice> range = new SimpleObjectProperty<>(this, "range", RangeChoice.ALL_SNAPSHOTS);
    private final StringProperty programName = new SimpleStringProperty(this, "programName", "");

    public HeatmapViewModel(ObjectProperty<SOp> selection) {
        super(selection);
    }

    public BooleanProperty stripProperty() { return strip; }
    public ObjectProperty<Optional<ColorMap>> colorMapProperty() { return colorMap; }
    public ObjectProperty<RangeChoice> rangeProperty() { return range; }
    /** Names the figure in its title (the IDE sets the file name); empty uses the output S-op's name. */
    public StringProperty programNameProperty() { return programName; }

    /** The figure to draw, or empty before a model and trace are shown. */
    public Optional<Figure> figure() {
        if (!ready()) return Optional.empty();
        ModelDigest m = modelProperty().get();
        TraceDigest t = traceProperty().get();
        List<double[][]> snapshots = Arrays.asList(t.snapshots());
        List<org.raspworkbench.core.value.Value> input = t.tokens().subList(1, t.tokens().size());
        String bos = t.tokens().get(0).str();
        Emphasis emphasis = emphasis(m);
        if (strip.get()) {
            return Optional.of(TraceFigures.strip(title(), m.residual(), input, bos, snapshots, scale(snapshots))
                    .withEmphasis(emphasis));
        }
        int k = snapshot().index();
        ResidualHeatmap h = TraceFigures.residual(title(), m.residual(), input, bos, snapshots, k, scale(snapshots));
        return Optional.of(h.withEmphasis(emphasis));
    }

    private String title() {
        return programName.get().isEmpty() ? "program" : programName.get();
    }

    private Scale scale(List<double[][]> snapshots) {
        Optional<ColorMap> map = colorMap.get();
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

    /** The selected S-op's group and the directions the current step wrote, in figure order. */
    private Emphasis emphasis(ModelDigest m) {
        Emphasis e = Emphasis.NONE;
        SOp selected = selectionProperty().get();
        if (selected != null && m.valueGroup(selected).isPresent()) e = e.withSelectedSop(selected.name());
        Set<BasisDirection> written = written();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < m.residual().size(); i++) if (written.contains(m.residual().get(i))) indices.add(i);
        return e.withWrittenDirections(Set.copyOf(indices));
    }

    /** The S-op of the group under a hit (a cell or a direction label). */
    public Optional<SOp> sopAt(CellHit hit) {
        if (!ready() || hit.kind() == HitKind.COLUMN_LABEL || hit.group().isEmpty()) return Optional.empty();
        String name = hit.group().get();
        for (ResidualGroup g : modelProperty().get().groups()) {
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
        for (Snapshot s : Snapshot.all((snapshotCount() - 1) / 2)) if (s.index() < snapshotCount()) out.add(s.label());
        return out;
    }
}
