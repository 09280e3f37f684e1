package org.raspworkbench.ui.views.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ResidualDecoder;
import org.raspworkbench.ui.views.data.ResidualGroup;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.SopIdentity;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * State of the per-token panel. A snapshot index outside the trace shows the last snapshot; a
 * position outside the input is clamped.
 */
public final class TokenInspectorViewModel {
    private final ObjectProperty<SOp> selection;
    private final ObjectProperty<ModelDigest> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<TraceDigest> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty snapshotIndex = new SimpleIntegerProperty(this, "snapshotIndex", -1);
    private final ObjectProperty<Set<BasisDirection>> writtenDirections =
            new SimpleObjectProperty<>(this, "writtenDirections", Set.of());
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", 1);

    public TokenInspectorViewModel(ObjectProperty<SOp> selection) {
        this.selection = selection;
    }

    public ObjectProperty<SOp> selectionProperty() { return selection; }
    public ObjectProperty<ModelDigest> modelProperty() { return model; }
    public ObjectProperty<TraceDigest> traceProperty() { return trace; }
    public IntegerProperty snapshotIndexProperty() { return snapshotIndex; }
    public ObjectProperty<Set<BasisDirection>> writtenDirectionsProperty() { return writtenDirections; }
    public IntegerProperty positionProperty() { return position; }

    public boolean ready() {
        return model.get() != null && trace.get() != null && trace.get().snapshots().length > 0
                && trace.get().positions() > 0 && model.get().residual().size() == trace.get().snapshots()[0][0].length;
    }

    public Snapshot snapshot() {
        int count = trace.get() == null ? 1 : trace.get().snapshots().length;
        int i = snapshotIndex.get();
        return new Snapshot(i < 0 || i >= count ? count - 1 : i);
    }

    public int effectivePosition() {
        int n = trace.get() == null ? 1 : trace.get().positions();
        return Math.max(0, Math.min(n - 1, position.get()));
    }

    /** {@code 0 · BOS}, {@code 1 · a}, ... */
    public List<String> positionLabels() {
        List<String> out = new ArrayList<>();
        if (trace.get() == null) return out;
        for (int p = 0; p < trace.get().positions(); p++) out.add(p + " \u00b7 " + trace.get().tokens().get(p).str());
        return out;
    }

    public List<DecodedValue> rows() {
        if (!ready()) return List.of();
        return ResidualDecoder.decode(model.get(), trace.get(), snapshot(), effectivePosition());
    }

    public List<ResidualBar> bars() {
        if (!ready()) return List.of();
        double[] v = trace.get().residual(snapshot(), effectivePosition());
        double max = 1e-12;
        for (double x : v) max = Math.max(max, Math.abs(x));
        Set<BasisDirection> written = writtenDirections.get() == null ? Set.of() : writtenDirections.get();
        List<ResidualBar> out = new ArrayList<>();
        for (ResidualGroup g : model.get().groups()) {
            out.add(new ResidualBar.Heading(g.name(), g.owner()));
            for (int i = 0; i < g.columns().size(); i++) {
                BasisDirection d = g.directions().get(i);
                double x = v[g.columns().get(i)];
                out.add(new ResidualBar.Bar(d, g.owner(), x, x / max, written.contains(d)));
            }
        }
        return out;
    }

    public boolean isSelected(SOp sop) {
        return SopIdentity.same(sop, selection.get());
    }

    public void select(SOp sop) {
        if (sop != null) selection.set(sop);
    }
}
