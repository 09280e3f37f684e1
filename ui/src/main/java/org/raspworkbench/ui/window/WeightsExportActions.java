package org.raspworkbench.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressIndicator;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportListener;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.export.ModelToTransformerLens;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.WorkbenchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Export Weights: the shown model's TransformerLens export ({@code weights.npz},
 * {@code config.json}, {@code vocab.json}, {@code README.md}) written into a folder the user picks.
 * The questions are asked on the FX thread; the export is built and written on {@code background},
 * which reports progress back coalesced (one pending update at a time) and stops between rows when
 * cancelled, leaving the folder as it was.
 */
public final class WeightsExportActions {
    private static final Logger LOG = LoggerFactory.getLogger(WeightsExportActions.class);

    /** How an export request ended. */
    public enum Outcome { EXPORTED, CANCELLED, FAILED, DECLINED }

    private final WorkbenchState state;
    private final ObservableValue<String> documentName;
    private final WeightsExportDialogs dialogs;
    private final Executor background;
    private final Executor fxThread;
    private volatile ExportListener tap = ExportListener.NONE;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding available;
    private volatile boolean cancelRequested;
    private boolean asking;

    WeightsExportActions(WorkbenchState state, ObservableValue<String> documentName, WeightsExportDialogs dialogs,
                         Executor background, Executor fxThread) {
        this.state = state;
        this.documentName = documentName;
        this.dialogs = dialogs;
        this.background = background;
        this.fxThread = fxThread;
        available = Bindings.createBooleanBinding(() -> shownModel().isPresent() && !running.get(),
                state.shownProperty(), running);
    }

    /** {@code tap} hears every progress report on the writing thread (tests hold the export there). */
    void tap(ExportListener tap) {
        this.tap = tap;
    }

    /** True while a model is shown and no export is being written: the menu item's enabled state. */
    public BooleanBinding availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of the array values written, or indeterminate while the export is being prepared. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the status bar says while the export runs. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Asks for a folder and a type, then writes the shown model there; completes on the FX thread. */
    public CompletableFuture<Outcome> exportWeights() {
        Optional<CompiledModel> shown = shownModel();
        if (shown.isEmpty()) {
            dialogs.failed("There is no compiled model to export yet: fix the program's errors first.");
            return CompletableFuture.completedFuture(Outcome.DECLINED);
        }
        if (running.get() || asking) return CompletableFuture.completedFuture(Outcome.DECLINED);
        CompiledModel model = shown.get();
        String name = programName();
        Optional<Path> folder = dialogs.chooseFolder(name);
        if (folder.isEmpty()) return CompletableFuture.completedFuture(Outcome.DECLINED);
        Path dir = folder.get();
        asking = true;
        return CompletableFuture.supplyAsync(() -> Files.exists(dir.resolve(ExportWriter.WEIGHTS)), background)
                .thenComposeAsync(replaces -> {
                    asking = false;
                    Optional<DType> dtype = dialogs.confirm(name, dir, replaces);
                    if (dtype.isEmpty()) return CompletableFuture.completedFuture(Outcome.DECLINED);
                    return write(model, name, dir, dtype.get());
                }, fxThread);
    }

    /** Stops the running export at its next row; the folder keeps what it had. */
    public void cancel() {
        if (!running.get()) return;
        cancelRequested = true;
        status.set("Cancelling the weights export…");
    }

    private CompletableFuture<Outcome> write(CompiledModel model, String name, Path dir, DType dtype) {
        cancelRequested = false;
        running.set(true);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        status.set("Exporting the weights of " + name + "…");
        ExportListener listener = new CoalescingListener(name);
        return CompletableFuture.supplyAsync(() -> {
            // Building the export runs the program's example through the model: background work too.
            var export = ModelToTransformerLens.run(model, name);
            if (listener.cancelled()) throw new CancellationException("the weights export was cancelled");
            try {
                return ExportWriter.write(export, dir, dtype, listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).handleAsync((files, failure) -> {
            running.set(false);
            status.set("");
            if (failure == null) {
                dialogs.exported(name, dir, dtype);
                return Outcome.EXPORTED;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof CancellationException) return Outcome.CANCELLED;
            if (cause instanceof UncheckedIOException io) {
                dialogs.failed(describe(dir, io.getCause()));
            } else {
                LOG.error("internal error while exporting the weights of {} to {}", name, dir, cause);
                dialogs.failed("Internal error while exporting the weights (" + cause + "); see the log. "
                        + "The folder was left as it was.");
            }
            return Outcome.FAILED;
        }, fxThread);
    }

    /** Why {@code dir} could not take the export, in the user's terms. */
    static String describe(Path dir, IOException e) {
        String where = "Cannot export the weights to " + dir.toAbsolutePath() + ": ";
        String after = " Nothing in the folder was changed.";
        if (e instanceof AccessDeniedException) return where + "the folder is not writable (permission denied)." + after;
        if (e instanceof FileAlreadyExistsException f && dir.toString().equals(f.getFile())) {
            return where + "it is a file, not a folder." + after;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) return where + f.getReason() + "." + after;
        String m = e.getMessage();
        return where + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m) + "." + after;
    }

    private Optional<CompiledModel> shownModel() {
        CompileOutcome shown = state.shownProperty().get();
        return shown == null ? Optional.empty() : shown.model();
    }

    private String programName() {
        String n = documentName.getValue();
        return n == null || n.isBlank() ? "program" : DocumentModel.programName(n);
    }

    /** Hands the latest fraction to the FX thread, posting at most one update at a time. */
    private final class CoalescingListener implements ExportListener {
        private final AtomicLong latest = new AtomicLong();
        private final AtomicBoolean pending = new AtomicBoolean();
        private final String name;

        CoalescingListener(String name) {
            this.name = name;
        }

        @Override
        public void progress(long done, long total) {
            tap.progress(done, total);
            latest.set(Double.doubleToLongBits(total == 0 ? 1 : (double) done / total));
            if (pending.compareAndSet(false, true)) {
                fxThread.execute(() -> {
                    pending.set(false);
                    double fraction = Double.longBitsToDouble(latest.get());
                    progress.set(fraction);
                    if (!cancelRequested) status.set("Exporting the weights of " + name + "… " + Math.round(fraction * 100) + "%");
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelRequested || Thread.currentThread().isInterrupted();
        }
    }
}
