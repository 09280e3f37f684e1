package org.raspworkbench.ui.views;

import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.attention.AttentionView;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.StepWrites;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.graph.GraphView;
import org.raspworkbench.ui.views.heatmap.HeatmapView;
import org.raspworkbench.ui.views.intervention.InterventionMenu;
import org.raspworkbench.ui.views.intervention.PatchMarks;
import org.raspworkbench.ui.views.layers.LayerAllocationView;
import org.raspworkbench.ui.views.token.TokenInspectorView;

/**
 * The five views wired to one set of inputs, for the window to place. Set {@link #show} (or the
 * properties) on the FX thread; the snapshot index is shared both ways, so choosing a snapshot in
 * the heatmap moves every view, and the directions written by the step that produced the
 * current snapshot are worked out here unless {@code autoWrittenDirections} is turned off.
 */
public final class ModelViews {
    private final ObjectProperty<SOp> selection;
    private final ObjectProperty<RaspProgram> program = new SimpleObjectProperty<>(this, "program");
    private final ObjectProperty<ModelDigest> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<TraceDigest> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty snapshotIndex = new SimpleIntegerProperty(this, "snapshotIndex", -1);
    private final ObjectProperty<Set<BasisDirection>> writtenDirections =
            new SimpleObjectProperty<>(this, "writtenDirections", Set.of());
    private final StringProperty programName = new SimpleStringProperty(this, "programName", "");
    private final ObjectProperty<TraceDigest> cleanTrace = new SimpleObjectProperty<>(this, "cleanTrace");
    private final ObjectProperty<InterventionMenu> interventionMenu =
            new SimpleObjectProperty<>(this, "interventionMenu", InterventionMenu.NONE);
    private final ObjectProperty<PatchMarks> patchMarks = new SimpleObjectProperty<>(this, "patchMarks", PatchMarks.NONE);
    private boolean autoWrittenDirections = true;

    private final GraphView graph;
    private final LayerAllocationView layers;
    private final HeatmapView heatmap;
    private final TokenInspectorView tokens;
    private final AttentionView attention;

    public ModelViews(ObjectProperty<SOp> selection) {
        this.selection = selection;
        graph = new GraphView(selection);
        layers = new LayerAllocationView(selection);
        heatmap = new HeatmapView(selection);
        tokens = new TokenInspectorView(selection);
        attention = new AttentionView(selection);

        graph.programProperty().bind(program);
        graph.modelProperty().bind(model);
        graph.snapshotIndexProperty().bind(snapshotIndex);
        layers.modelProperty().bind(model);
        layers.snapshotIndexProperty().bind(snapshotIndex);
        heatmap.modelProperty().bind(model);
        heatmap.traceProperty().bind(trace);
        heatmap.snapshotIndexProperty().bindBidirectional(snapshotIndex);
        heatmap.writtenDirectionsProperty().bind(writtenDirections);
        heatmap.programNameProperty().bind(programName);
        heatmap.viewModel().outputProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> program.get() == null ? null : program.get().output(), program));
        tokens.modelProperty().bind(model);
        tokens.traceProperty().bind(trace);
        tokens.snapshotIndexProperty().bind(snapshotIndex);
        tokens.writtenDirectionsProperty().bind(writtenDirections);
        attention.modelProperty().bind(model);
        attention.traceProperty().bind(trace);
        attention.snapshotIndexProperty().bind(snapshotIndex);
        attention.programNameProperty().bind(programName);
        heatmap.cleanTraceProperty().bind(cleanTrace);
        tokens.cleanTraceProperty().bind(cleanTrace);
        graph.interventionMenuProperty().bind(interventionMenu);
        layers.interventionMenuProperty().bind(interventionMenu);
        heatmap.interventionMenuProperty().bind(interventionMenu);
        tokens.interventionMenuProperty().bind(interventionMenu);
        graph.patchMarksProperty().bind(patchMarks);
        layers.patchMarksProperty().bind(patchMarks);

        // Another file: show its whole graph, whatever the zoom was for the last one.
        programName.addListener((o, a, b) -> graph.fit());
        model.addListener((o, a, b) -> updateWrites());
        trace.addListener((o, a, b) -> updateWrites());
        snapshotIndex.addListener((o, a, b) -> updateWrites());
    }

    /** Shows new inputs at once (the trace and model replace the old ones together). */
    public void show(ViewInputs inputs) {
        show(inputs, null);
    }

    /**
     * As {@link #show(ViewInputs)}, where {@code inputs.trace()} may be a patched run and
     * {@code clean} the run without interventions (null when the trace is the clean run).
     */
    public void show(ViewInputs inputs, TraceDigest clean) {
        program.set(inputs.program());
        model.set(inputs.model());
        cleanTrace.set(null);
        trace.set(inputs.trace());
        cleanTrace.set(clean);
    }

    public ObjectProperty<SOp> selectionProperty() { return selection; }
    public ObjectProperty<RaspProgram> programProperty() { return program; }
    public ObjectProperty<ModelDigest> modelProperty() { return model; }
    public ObjectProperty<TraceDigest> traceProperty() { return trace; }
    /** The current snapshot (0 embeddings, 2L+1 after attention L, 2L+2 after MLP L; negative: the last). */
    public IntegerProperty snapshotIndexProperty() { return snapshotIndex; }
    public ObjectProperty<Set<BasisDirection>> writtenDirectionsProperty() { return writtenDirections; }
    /** Names figures in their titles: the file name. */
    public StringProperty programNameProperty() { return programName; }
    /** The clean run while the trace shown is a patched one; null otherwise. */
    public ObjectProperty<TraceDigest> cleanTraceProperty() { return cleanTrace; }
    /** The right-click intervention entries of the graph, layers and heatmap. */
    public ObjectProperty<InterventionMenu> interventionMenuProperty() { return interventionMenu; }
    public ObjectProperty<PatchMarks> patchMarksProperty() { return patchMarks; }

    public void setAutoWrittenDirections(boolean auto) {
        autoWrittenDirections = auto;
        updateWrites();
    }

    public GraphView graph() { return graph; }
    public LayerAllocationView layers() { return layers; }
    public HeatmapView heatmap() { return heatmap; }
    public TokenInspectorView tokens() { return tokens; }
    public AttentionView attention() { return attention; }

    private void updateWrites() {
        if (!autoWrittenDirections) return;
        ModelDigest m = model.get();
        int i = snapshotIndex.get();
        if (m == null || i < 0 || i >= m.snapshotCount()) {
            writtenDirections.set(Set.of());
            return;
        }
        TraceDigest t = trace.get();
        boolean traceFits = t != null && t.fits(m);
        writtenDirections.set(StepWrites.writtenAt(m, traceFits ? t : null, new Snapshot(i)));
    }
}
