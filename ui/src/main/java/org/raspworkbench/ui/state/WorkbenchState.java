package org.raspworkbench.ui.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The view-model every part of the window binds to. Only the FX thread calls its mutators; the
 * background services hand their results to {@link #acceptCompilation} and {@link #acceptRun}.
 */
public final class WorkbenchState {
    private final ReadOnlyObjectWrapper<CompileOutcome> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CompileOutcome> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RunOutcome> run = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    /** One wrapper for everyone: a wrapper made per call would be collected, and its listeners with it. */
    private final ObservableList<Diagnostic> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final StringProperty exampleInput = new SimpleStringProperty("");
    private final ObjectProperty<SOp> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DebuggerState debugger = new DebuggerState();
    /** The program's own {@code set example} last copied into the input field. */
    private Optional<List<Value>> prefilledExample = Optional.empty();

    /** Takes a finished compilation of the editor's current text. */
    public void acceptCompilation(CompileOutcome outcome) {
        Objects.requireNonNull(outcome);
        latest.set(outcome);
        if (outcome.isUsable()) {
            RaspProgram program = outcome.program().orElseThrow();
            prefillExample(program);
            // A run belongs to the model it ran; the new model's run follows.
            if (shown.get() != outcome) run.set(null);
            shown.set(outcome);
            reselect(program);
            debugger.resizeFor(outcome.layout().layers());
        }
        stale.set(shown.get() != null && shown.get() != outcome);
        refreshProblems();
    }

    /**
     * Another document replaced the editor's text (opened, a sample, a recent file, New): nothing of
     * the previous one may stay on screen. The model, its run and problems go; the debugger returns
     * to the embeddings without breakpoints; the selection goes; the input is emptied so that the
     * new program's own {@code set example} fills it when it compiles.
     */
    public void startDocument() {
        latest.set(null);
        run.set(null);
        shown.set(null);
        stale.set(false);
        selected.set(null);
        debugger.reset();
        prefilledExample = Optional.empty();
        exampleInput.set("");
        refreshProblems();
    }

    /** Takes a finished run of {@code model} on the example input; ignored unless that model is shown. */
    public void acceptRun(CompileOutcome model, RunOutcome outcome) {
        if (model != shown.get()) return;
        run.set(outcome);
        refreshProblems();
    }

    public Optional<ModelDigest> shownDigest() {
        return Optional.ofNullable(shown.get()).flatMap(CompileOutcome::digest);
    }

    public Optional<TraceDigest> traceDigest() {
        return Optional.ofNullable(run.get()).flatMap(RunOutcome::digest);
    }

    private void prefillExample(RaspProgram program) {
        exampleInput.set(ExamplePrefill.inputFor(program, exampleInput.get(), prefilledExample));
        prefilledExample = program.settings().example();
    }

    /** The program example last copied into the input field (see {@link ExamplePrefill}). */
    public Optional<List<Value>> prefilledExample() {
        return prefilledExample;
    }

    /** A selection survives recompiling: it follows the node of the same name. */
    private void reselect(RaspProgram program) {
        SOp old = selected.get();
        if (old == null) return;
        selected.set(program.nodes().stream().filter(n -> n instanceof SOp && n.name().equals(old.name()))
                .map(n -> (SOp) n).findFirst().orElse(null));
    }

    private void refreshProblems() {
        List<Diagnostic> all = new ArrayList<>();
        if (latest.get() != null) all.addAll(latest.get().diagnostics());
        // Warnings of a run belong to the shown program; while stale they may point at old text.
        if (run.get() != null && !stale.get()) all.addAll(run.get().warnings());
        problems.setAll(all);
    }

    public ReadOnlyObjectProperty<CompileOutcome> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** The last compilation that produced a program without errors: what the views show. */
    public ReadOnlyObjectProperty<CompileOutcome> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ModelLayout shownLayout() {
        return shown.get() == null ? ModelLayout.EMPTY : shown.get().layout();
    }

    public Optional<RaspProgram> shownProgram() {
        return Optional.ofNullable(shown.get()).flatMap(CompileOutcome::program);
    }

    /** True while the text has errors and the views still show an older program. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunOutcome> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** Errors and warnings of the latest text, then warnings of the current run. */
    public ObservableList<Diagnostic> problems() {
        return problemsView;
    }

    public StringProperty exampleInputProperty() {
        return exampleInput;
    }

    /** The S-op chosen in any view or in the source; null when none. */
    public ObjectProperty<SOp> selectedProperty() {
        return selected;
    }

    /** True while a compilation or run is under way in the background. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    public DebuggerState debugger() {
        return debugger;
    }
}
