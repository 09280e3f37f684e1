package org.raspworkbench.ui.views.verify;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.verification.Cancellation;
import org.raspworkbench.core.verification.VerificationOptions;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.Verifier;

/**
 * Runs verifications of the shown model off the FX thread and publishes their progress and reports
 * on it: a full one when asked (Verify, F6), a quick bounded one after every compile (the badge).
 * A new run cancels the one before it; only the latest run's results are shown.
 */
public final class VerifyRunner {
    /** The quick check: this many sampled inputs at most, no fix search. */
    static final int QUICK_INPUTS = 300;

    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<CompiledModel> model = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<VerificationReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private final AtomicReference<Cancellation> current = new AtomicReference<>(new Cancellation());
    private final AtomicReference<Cancellation> quick = new AtomicReference<>(new Cancellation());
    private long generation;

    /** The verifications' own daemon thread; programs' functions may recurse deeply, so it has a large stack. */
    public static java.util.concurrent.ExecutorService thread() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "rasp-verify", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param background where verifications run (never the FX thread)
     * @param fx         the FX thread ({@code Platform::runLater}); tests may run directly
     */
    public VerifyRunner(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        model.addListener((obs, was, now) -> {
            // a run of the model before reports nothing any more
            current.get().cancel();
            generation++;
            running.set(false);
            progress.set(0);
            stage.set("");
            report.set(null);
            quickCheck(now);
        });
    }

    /** The model to verify: bind it to the shown model. */
    public ObjectProperty<CompiledModel> modelProperty() {
        return model;
    }

    /** Starts a full verification of the current model (cancelling one that runs). */
    public void verify() {
        CompiledModel m = model.get();
        if (m == null) return;
        Cancellation cancel = new Cancellation();
        current.getAndSet(cancel).cancel();
        long mine = ++generation;
        running.set(true);
        progress.set(0);
        stage.set("verifying");
        background.execute(() -> {
            VerificationReport r;
            try {
                r = Verifier.verify(m, VerificationOptions.defaults(), (s, done, total) -> fx.execute(() -> {
                    if (mine != generation) return;
                    stage.set(s);
                    progress.set(total == 0 ? 1 : done / (double) total);
                }), cancel);
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (mine != generation) return;
                    running.set(false);
                    stage.set("verification failed: " + e.getMessage());
                });
                return;
            }
            fx.execute(() -> {
                if (mine != generation) return;
                running.set(false);
                progress.set(1);
                stage.set(r.cancelled() ? "cancelled" : "done");
                report.set(r);
            });
        });
    }

    /** Stops the full verification; it still reports the inputs it checked. */
    public void cancel() {
        current.get().cancel();
    }

    private void quickCheck(CompiledModel m) {
        Cancellation cancel = new Cancellation();
        quick.getAndSet(cancel).cancel();
        badge.set("");
        if (m == null) return;
        VerificationOptions options = quickOptions();
        background.execute(() -> {
            if (cancel.isCancelled()) return;
            Optional<String> text;
            try {
                VerificationReport r = Verifier.count(m, options, cancel);
                text = r.cancelled() ? Optional.empty() : Optional.of(badgeText(r));
            } catch (RuntimeException e) {
                text = Optional.empty();
            }
            Optional<String> shown = text;
            fx.execute(() -> {
                if (model.get() == m && shown.isPresent()) badge.set(shown.get());
            });
        });
    }

    /** The quick check after each compile: every input when there are at most 300, else 300 sampled. */
    public static VerificationOptions quickOptions() {
        return new VerificationOptions(OptionalInt.empty(), OptionalInt.empty(), QUICK_INPUTS, QUICK_INPUTS, 0,
                VerificationOptions.DEFAULT_TOLERANCE, false, org.raspworkbench.core.model.Precision.FLOAT64);
    }

    static String badgeText(VerificationReport r) {
        String what = r.plan().exhaustive() ? "all " + r.inputsChecked() + " inputs"
                : r.inputsChecked() + " sampled inputs";
        if (r.agrees()) return "model = program on " + r.agree() + "/" + r.inputsChecked() + " " + (r.plan().exhaustive()
                ? "inputs" : "sampled inputs");
        return "model differs from program on " + r.disagree() + " of " + what;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VerificationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The quick check's sentence, empty while it runs or without a model. */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }
}
