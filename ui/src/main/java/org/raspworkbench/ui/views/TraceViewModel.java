package org.raspworkbench.ui.views;

import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The inputs shared by the views that read one residual snapshot of the trace (heatmap and
 * per-token panel): selection, model, trace, snapshot index and the directions the current step
 * wrote. A snapshot index outside the trace means its last snapshot, so that a new, shorter model
 * still shows its output.
 */
public abstract class TraceViewModel {
    private final ObjectProperty<SOp> selection;
    private final ObjectProperty<ModelDigest> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<TraceDigest> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty snapshotIndex = new SimpleIntegerProperty(this, "snapshotIndex", -1);
    private final ObjectProperty<Set<BasisDirection>> writtenDirections =
            new SimpleObjectProperty<>(this, "writtenDirections", Set.of());
    private final ObjectProperty<TraceDigest> cleanTrace = new SimpleObjectProperty<>(this, "cleanTrace");

    protected TraceViewModel(ObjectProperty<SOp> selection) {
        this.selection = selection;
    }

    public final ObjectProperty<SOp> selectionProperty() { return selection; }
    public final ObjectProperty<ModelDigest> modelProperty() { return model; }
    public final ObjectProperty<TraceDigest> traceProperty() { return trace; }
    public final IntegerProperty snapshotIndexProperty() { return snapshotIndex; }
    public final ObjectProperty<Set<BasisDirection>> writtenDirectionsProperty() { return writtenDirections; }
    /**
     * The run without interventions when the trace shown is a patched run of the same model and
     * input; null when the trace is the clean run itself.
     */
    public final ObjectProperty<TraceDigest> cleanTraceProperty() { return cleanTrace; }

    /** The trace shown is a patched run with its clean run alongside. */
    public final boolean patched() {
        return ready() && cleanTrace.get() != null && cleanTrace.get() != traceProperty().get()
                && cleanTrace.get().fits(model.get());
    }

    /** A model and a trace of that model are shown. */
    public final boolean ready() {
        return model.get() != null && trace.get() != null && trace.get().fits(model.get());
    }

    public final int snapshotCount() {
        return ready() ? trace.get().snapshots().length : 0;
    }

    public final Snapshot snapshot() {
        int n = Math.max(1, snapshotCount());
        int i = snapshotIndex.get();
        return new Snapshot(i < 0 || i >= n ? n - 1 : i);
    }

    /** The directions written by the current step; never null. */
    protected final Set<BasisDirection> written() {
        return writtenDirections.get() == null ? Set.of() : writtenDirections.get();
    }
}
