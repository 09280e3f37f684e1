package org.raspworkbench.ui.views.circuits;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.circuits.ModelToHeadGrids;
import org.raspworkbench.core.circuits.ModelToMlpTables;
import org.raspworkbench.core.circuits.PositionAttribution;
import org.raspworkbench.core.circuits.TraceToAttribution;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.ui.compile.LatestOnly;

/**
 * The circuits of the model on screen, computed in the background: the grids and tables once
 * per model (they depend on the weights alone), the attribution once per run shown (a patched
 * run's too). Set the inputs on the FX thread; results arrive on it, the newest only.
 */
public final class CircuitsModel {
    private final ObjectProperty<CompiledModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<ForwardTrace> run = new SimpleObjectProperty<>(this, "run");
    private final ReadOnlyObjectWrapper<ModelGrids> grids = new ReadOnlyObjectWrapper<>(this, "grids");
    private final ReadOnlyObjectWrapper<RunAttribution> attribution = new ReadOnlyObjectWrapper<>(this, "attribution");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final LatestOnly gridJobs;
    private final LatestOnly attributionJobs;

    public CircuitsModel(Executor background, Executor fx) {
        gridJobs = new LatestOnly(background, fx);
        attributionJobs = new LatestOnly(background, fx);
        model.addListener((o, a, b) -> computeGrids());
        run.addListener((o, a, b) -> computeAttribution());
    }

    /** The compiled model shown; null for none. */
    public ObjectProperty<CompiledModel> modelProperty() { return model; }
    /** The run shown (the clean run, or the patched one while interventions are on); null for none. */
    public ObjectProperty<ForwardTrace> runProperty() { return run; }
    public ReadOnlyObjectProperty<ModelGrids> gridsProperty() { return grids.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunAttribution> attributionProperty() { return attribution.getReadOnlyProperty(); }
    /** A failure of ours while computing circuits (logged); empty when there is none. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The grids of the model shown, when they have arrived. */
    public Optional<ModelGrids> currentGrids() {
        ModelGrids g = grids.get();
        return g != null && g.model() == model.get() ? Optional.of(g) : Optional.empty();
    }

    /** The attribution of the run shown, when it has arrived. */
    public Optional<RunAttribution> currentAttribution() {
        RunAttribution a = attribution.get();
        return a != null && a.model() == model.get() && a.run() == run.get() ? Optional.of(a) : Optional.empty();
    }

    /** The head that computes {@code sop}, if one does. */
    public Optional<HeadGrids> headOf(SOp sop) {
        return currentGrids().flatMap(g -> g.heads().stream().filter(h -> h.sop().name().equals(sop.name())).findFirst());
    }

    /** The MLP table of {@code sop}, if an MLP computes it. */
    public Optional<MlpTable> mlpOf(SOp sop) {
        return currentGrids().flatMap(g -> g.mlps().stream().filter(t -> t.sop().name().equals(sop.name())).findFirst());
    }

    /** Whether {@code t} is a run of {@code m} (while a new model and its run arrive one after the other). */
    static boolean runOf(CompiledModel m, ForwardTrace t) {
        return t.snapshots().size() == org.raspworkbench.core.model.SnapshotNumbering.count(m.circuits().size())
                && t.snapshots().get(0)[0].length == m.config().dModel();
    }

    private void computeGrids() {
        CompiledModel m = model.get();
        if (m == null) {
            gridJobs.cancelAll();
            grids.set(null);
            return;
        }
        gridJobs.submit(() -> new ModelGrids(m, ModelToHeadGrids.run(m), ModelToMlpTables.run(m)), g -> {
            error.set("");
            grids.set(g);
        }, failure -> error.set(InternalErrors.report("the circuits could not be read off the weights", failure,
                SourceRange.NONE).message()));
        computeAttribution();
    }

    private void computeAttribution() {
        CompiledModel m = model.get();
        ForwardTrace t = run.get();
        if (m == null || t == null || !runOf(m, t)) {
            attributionJobs.cancelAll();
            attribution.set(null);
            return;
        }
        attributionJobs.submit(() -> {
            java.util.List<PositionAttribution> positions = TraceToAttribution.run(m, t);
            return new RunAttribution(m, t, positions);
        }, attribution::set, failure -> error.set(InternalErrors.report("the attribution could not be computed", failure,
                SourceRange.NONE).message()));
    }
}
