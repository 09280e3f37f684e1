package org.raspworkbench.ui.compile;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.ExamplePrefill;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.state.WorkbenchState;
import org.reactfx.EventStreams;
import org.reactfx.Subscription;

/**
 * Keeps the {@link WorkbenchState} in step with the editor: when typing (or editing the example
 * input) pauses for {@link #PAUSE}, compiles and runs on the background executor; only the newest
 * request's result reaches the state. A compilation that yields a model is run on the input in the
 * same background job, so the views receive the model and its trace together.
 */
public final class CompilationService implements AutoCloseable {
    public static final Duration PAUSE = Duration.ofMillis(250);

    private final Engine engine;
    private final WorkbenchState state;
    private final ExecutorService executor;
    private final LatestOnly compiles;
    private final LatestOnly runs;
    private Subscription watching = Subscription.EMPTY;
    /** The compilation and input text of the run last requested, to skip running them twice. */
    private CompileOutcome lastRunModel;
    private String lastRunInput;
    /** The text of the latest compilation requested: the same text is not compiled twice in a row. */
    private String lastSource;
    /** The syntax of the open document (from its name: a .py file is Tracr Python). */
    private Supplier<SurfaceSyntax> syntax = () -> SurfaceSyntax.RASP;

    public CompilationService(Engine engine, WorkbenchState state, Executor fxThread) {
        this.engine = engine;
        this.state = state;
        this.executor = BackgroundThreads.compiler();
        this.compiles = new LatestOnly(executor, fxThread);
        this.runs = new LatestOnly(executor, fxThread);
        executor.execute(engine::warmUp);
    }

    /** Where the syntax of the text comes from; read on the FX thread when a compilation is requested. */
    public void syntaxFrom(Supplier<SurfaceSyntax> syntax) {
        this.syntax = syntax;
    }

    /** Compiles {@code text} whenever it has stopped changing for {@link #PAUSE}. */
    public void watch(ObservableValue<String> text) {
        watching.unsubscribe();
        Subscription typing = EventStreams.changesOf(text).successionEnds(PAUSE)
                .subscribe(change -> compileNow(change.getNewValue()));
        Subscription input = EventStreams.changesOf(state.exampleInputProperty()).successionEnds(PAUSE)
                .subscribe(change -> runNow());
        watching = typing.and(input);
    }

    /** Compiles {@code source} at once (a file was just opened); called on the FX thread. */
    public void compileNow(String source) {
        if (source.equals(lastSource)) return;
        lastSource = source;
        String input = state.exampleInputProperty().get();
        var prefilled = state.prefilledExample();
        SurfaceSyntax written = syntax.get();
        state.busyProperty().set(true);
        runs.cancelAll();
        compiles.submit(() -> {
            CompileOutcome compiled = engine.compile(source, written);
            if (!compiled.isUsable()) return new Job(compiled, Optional.empty());
            String runInput = ExamplePrefill.inputFor(compiled.program().orElseThrow(), input, prefilled);
            return new Job(compiled, Optional.of(engine.run(compiled, runInput)));
        }, job -> {
            state.acceptCompilation(job.compiled());
            job.run().ifPresent(run -> {
                lastRunModel = job.compiled();
                lastRunInput = run.inputText();
                state.acceptRun(job.compiled(), run);
            });
            state.busyProperty().set(false);
        }, failure -> {
            state.acceptCompilation(crashed(source, failure));
            state.busyProperty().set(false);
        });
    }

    /**
     * Compiles the text of a document just opened: even when it equals the text compiled last (the
     * state forgot that model when the document changed), and no earlier request may land after it.
     */
    public void compileNewDocument(String source) {
        lastSource = null;
        lastRunModel = null;
        lastRunInput = null;
        compileNow(source);
    }

    /** Compiles {@code source} again even if it was the text compiled last: its syntax changed (a Save As). */
    public void recompile(String source) {
        lastSource = null;
        compileNow(source);
    }

    /** Runs the shown model on the current input, unless that exact run is already on screen. */
    public void runNow() {
        CompileOutcome shown = state.shownProperty().get();
        String input = state.exampleInputProperty().get();
        if (shown == null || (shown == lastRunModel && Objects.equals(input, lastRunInput))) return;
        lastRunModel = shown;
        lastRunInput = input;
        runs.submit(() -> engine.run(shown, input), run -> state.acceptRun(shown, run),
                failure -> state.acceptRun(shown, new RunOutcome(input, Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), List.of(failed(failure)))));
    }

    private static CompileOutcome crashed(String source, Throwable failure) {
        return CompileOutcome.failed(source, List.of(failed(failure)), Duration.ZERO);
    }

    /** Running out of stack or memory is the program's size; anything else is a bug of ours. */
    private static Diagnostic failed(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return Diagnostic.error(ErrorKind.LIMIT, "the program nests too deeply", SourceRange.NONE);
        }
        if (failure instanceof OutOfMemoryError) {
            return Diagnostic.error(ErrorKind.LIMIT, "the program needs more memory than is available", SourceRange.NONE);
        }
        return InternalErrors.report("the compiler or the model run failed", failure, SourceRange.NONE);
    }

    @Override
    public void close() {
        watching.unsubscribe();
        compiles.cancelAll();
        runs.cancelAll();
        executor.shutdownNow();
    }

    private record Job(CompileOutcome compiled, Optional<RunOutcome> run) {
    }
}
