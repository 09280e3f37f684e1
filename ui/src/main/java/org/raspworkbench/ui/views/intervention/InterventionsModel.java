package org.raspworkbench.ui.views.intervention;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionAction;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.MeanInputs;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.ui.compile.LatestOnly;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.state.WorkbenchState;
import org.reactfx.EventStreams;

/**
 * The interventions on the clean run and the corrupted input, and the patched run they give. Only
 * the FX thread calls it; every change (a model compiled, the clean run, the corrupted input once
 * typing pauses, the list) asks for a new patched run on the background executor, and only the
 * newest request's result is published. Interventions outlive the model they were made on: each
 * new model re-resolves them, and those whose component is gone stay listed, marked, doing nothing.
 */
public final class InterventionsModel {
    /** As long as the example input's pause: a corrupted input runs once typing stops. */
    static final Duration PAUSE = Duration.ofMillis(250);

    private final WorkbenchState state;
    private final PatchComputation computation;
    private final LatestOnly jobs;
    private final Executor background;
    private final Executor fx;
    private final javafx.beans.property.StringProperty meanFailure = new SimpleStringProperty(this, "meanFailure", "");
    private final ObservableList<InterventionEntry> entries = FXCollections.observableArrayList();
    private final StringProperty corruptedInput = new SimpleStringProperty(this, "corruptedInput", "");
    private final ReadOnlyObjectWrapper<PatchOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<CorruptedRun> corrupted = new ReadOnlyObjectWrapper<>(this, "corrupted",
            CorruptedRun.NONE);
    private final LatestOnly sweeps;
    private final ReadOnlyObjectWrapper<SweepOutcome> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final javafx.beans.property.ReadOnlyBooleanWrapper sweeping =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "sweeping", false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper computing =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "computing", false);
    private long nextId = 1;
    /** While a result is copied back into {@link #entries}, that change asks for no new run. */
    private boolean publishing;

    public InterventionsModel(WorkbenchState state, PatchComputation computation, Executor background, Executor fx) {
        this.state = state;
        this.computation = computation;
        this.jobs = new LatestOnly(background, fx);
        this.sweeps = new LatestOnly(background, fx);
        this.background = background;
        this.fx = fx;
        state.shownProperty().addListener((o, a, b) -> {
            // Only another document empties what is shown: its program owes nothing to this list.
            if (b == null) {
                entries.clear();
                corruptedInput.set("");
                sweep.set(null);
            }
            request();
        });
        state.runProperty().addListener((o, a, b) -> request());
        entries.addListener((ListChangeListener<InterventionEntry>) c -> {
            if (!publishing) request();
        });
        EventStreams.changesOf(corruptedInput).successionEnds(PAUSE).subscribe(c -> request());
    }

    public ObservableList<InterventionEntry> entries() {
        return entries;
    }

    /** The corrupted input's text (JSON, as the example input). */
    public StringProperty corruptedInputProperty() {
        return corruptedInput;
    }

    /** The latest patched run; null before the first model ran. */
    public ReadOnlyObjectProperty<PatchOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The latest corrupted run (or {@link CorruptedRun#NONE}). */
    public ReadOnlyObjectProperty<CorruptedRun> corruptedProperty() {
        return corrupted.getReadOnlyProperty();
    }

    /**
     * What {@link #current}, {@link #isPatched}, {@link #bannerText} and {@link #currentSweep}
     * depend on: a binding on these is never left showing a run that is no longer on screen.
     */
    public javafx.beans.Observable[] changes() {
        return new javafx.beans.Observable[] {outcome, sweep, state.shownProperty(), state.runProperty()};
    }

    /** The outcome when it belongs to what the views show now (the shown model and its current run). */
    public Optional<PatchOutcome> current() {
        PatchOutcome o = outcome.get();
        if (o == null || o.compiled() != state.shownProperty().get() || o.clean() != state.runProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(o);
    }

    public boolean isPatched() {
        return current().map(PatchOutcome::isPatched).orElse(false);
    }

    /** Adds an intervention, switched on, unless the same one is listed already (then it is switched on). */
    public void add(Intervention intervention) {
        Intervention on = intervention.withEnabled(true);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).intervention().withEnabled(true).equals(on)) {
                entries.set(i, entries.get(i).withEnabled(true));
                return;
            }
        }
        entries.add(new InterventionEntry(nextId++, on, Optional.empty()));
    }

    /**
     * Adds a mean ablation of {@code target} over the verifier's sample of inputs as long as the
     * clean one; the sample is drawn on the background thread, then the intervention is added.
     */
    public void addMean(InterventionTarget target) {
        CompileOutcome shown = state.shownProperty().get();
        RunOutcome clean = state.runProperty().get();
        if (shown == null || shown.model().isEmpty() || clean == null || clean.input().isEmpty()) return;
        CompiledModel m = shown.model().get();
        int length = clean.input().get().size();
        computing.set(true);
        background.execute(() -> {
            try {
                InterventionAction.Mean mean = MeanInputs.over(m, length);
                fx.execute(() -> add(Intervention.of(target, mean)));
            } catch (RuntimeException e) {
                String message = InternalErrors.report("the inputs for a mean could not be drawn", e, SourceRange.NONE)
                        .message();
                fx.execute(() -> {
                    computing.set(false);
                    meanFailure.set(message);
                });
            }
        });
    }

    /** The corrupted input as tokens, when the latest one could be read. */
    public Optional<List<Value>> corruptedInput() {
        return corrupted.get().input();
    }

    public void setEnabled(long id, boolean on) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id && entries.get(i).enabled() != on) entries.set(i, entries.get(i).withEnabled(on));
        }
    }

    public void remove(long id) {
        entries.removeIf(e -> e.id() == id);
    }

    public void clear() {
        entries.clear();
    }

    public void disableAll() {
        List<InterventionEntry> off = new ArrayList<>();
        for (InterventionEntry e : entries) off.add(e.withEnabled(false));
        if (!off.equals(entries)) entries.setAll(off);
    }

    /** "2 interventions on: ablate head L0.H1 ... · output changed at 2, 3". */
    public String bannerText() {
        Optional<PatchOutcome> o = current();
        if (o.isEmpty() || !o.get().isPatched()) return "";
        List<String> on = new ArrayList<>();
        for (InterventionEntry e : o.get().entries()) if (e.enabled() && e.problem().isEmpty()) on.add(e.label());
        String what = on.size() == 1 ? "1 intervention on: " + on.get(0) : on.size() + " interventions on: "
                + String.join("; ", on);
        return o.get().effect().isEmpty() ? what : what + "  \u00b7  " + o.get().effect();
    }

    /** What the enabled interventions did to the output, or why nothing is patched. */
    public String effectText() {
        Optional<PatchOutcome> o = current();
        if (!meanFailure.get().isEmpty()) return meanFailure.get();
        if (o.isEmpty()) return "";
        if (o.get().error().isPresent()) return o.get().error().get();
        if (!o.get().isPatched()) return entries.isEmpty() ? "" : "Nothing is on: the views show the clean run.";
        return o.get().effect();
    }

    /** True while a patched run (a mean's inputs being run, say) is computed in the background. */
    public javafx.beans.property.ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** The latest sweep, or null; see {@link #currentSweep} for whether it belongs to what is shown. */
    public ReadOnlyObjectProperty<SweepOutcome> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** True while a sweep runs in the background. */
    public javafx.beans.property.ReadOnlyBooleanProperty sweepingProperty() {
        return sweeping.getReadOnlyProperty();
    }

    /** The sweep when it was made of the shown model's current clean run. */
    public Optional<SweepOutcome> currentSweep() {
        SweepOutcome o = sweep.get();
        if (o == null || o.compiled() != state.shownProperty().get() || o.clean() != state.runProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(o);
    }

    /** Patches every component from the corrupted input into the clean run, in the background. */
    public void runSweep() {
        CompileOutcome shown = state.shownProperty().get();
        RunOutcome clean = state.runProperty().get();
        if (shown == null || clean == null || shown.model().isEmpty() || clean.trace().isEmpty()) {
            sweep.set(null);
            return;
        }
        PatchRequest request = new PatchRequest(shown, clean, corruptedInput.get(), List.of());
        sweeping.set(true);
        sweeps.submit(() -> computation.sweep(request), result -> {
            sweeping.set(false);
            sweep.set(result);
        }, failure -> {
            sweeping.set(false);
            sweep.set(SweepOutcome.failed(shown, clean,
                    InternalErrors.report("the patching sweep failed", failure, SourceRange.NONE).message()));
        });
    }

    /** Asks for the patched run of what is on screen now. */
    public void request() {
        CompileOutcome shown = state.shownProperty().get();
        RunOutcome clean = state.runProperty().get();
        if (shown == null || clean == null || shown.model().isEmpty() || clean.trace().isEmpty()) {
            jobs.cancelAll();
            computing.set(false);
            outcome.set(null);
            return;
        }
        PatchRequest request = new PatchRequest(shown, clean, corruptedInput.get(), List.copyOf(entries));
        computing.set(true);
        jobs.submit(() -> computation.compute(request), this::publish, failure -> publish(new PatchOutcome(shown, clean,
                CorruptedRun.NONE, Optional.empty(), Optional.empty(), PatchMarks.NONE, request.entries(), "",
                Optional.of(InternalErrors.report("the patched run failed", failure, SourceRange.NONE).message()))));
    }

    private void publish(PatchOutcome result) {
        // Only the newest request's result arrives here: nothing else is under way.
        computing.set(false);
        publishing = true;
        try {
            // The list may have changed while the job ran: copy back only what the job re-resolved.
            for (InterventionEntry resolved : result.entries()) {
                for (int i = 0; i < entries.size(); i++) {
                    InterventionEntry e = entries.get(i);
                    if (e.id() == resolved.id() && !e.problem().equals(resolved.problem())) {
                        entries.set(i, e.withProblem(resolved.problem()));
                    }
                }
            }
        } finally {
            publishing = false;
        }
        corrupted.set(result.corrupted());
        outcome.set(result);
    }
}
