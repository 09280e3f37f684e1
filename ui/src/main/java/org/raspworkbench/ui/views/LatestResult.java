package org.raspworkbench.ui.views;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs work on an executor and hands its result to the FX thread, dropping every result that a
 * newer request has overtaken, so a burst of edits only ever shows the last one.
 */
public final class LatestResult<T> {
    private final Executor executor;
    private final AtomicLong generation = new AtomicLong();

    public LatestResult(Executor executor) {
        this.executor = executor;
    }

    public void submit(Supplier<T> work, Consumer<T> onFxThread) {
        long mine = generation.incrementAndGet();
        executor.execute(() -> {
            if (generation.get() != mine) return;
            T result = work.get();
            Runnable deliver = () -> {
                if (generation.get() == mine) onFxThread.accept(result);
            };
            if (Platform.isFxApplicationThread()) deliver.run();
            else Platform.runLater(deliver);
        });
    }

    /** Forgets pending work: its results will not be delivered. */
    public void cancel() {
        generation.incrementAndGet();
    }
}
