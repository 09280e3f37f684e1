package org.raspworkbench.ui.compile;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs requests in the background and applies only the newest one's result. A request that was
 * superseded before it started is skipped; one that finishes after a newer request was made is
 * dropped. The result is applied through {@code applyOn} (the FX thread in the IDE).
 */
public final class LatestOnly {
    private static final Logger LOG = LoggerFactory.getLogger(LatestOnly.class);

    private final Executor background;
    private final Executor applyOn;
    private final AtomicLong generation = new AtomicLong();

    public LatestOnly(Executor background, Executor applyOn) {
        this.background = background;
        this.applyOn = applyOn;
    }

    /**
     * Runs {@code work} in the background; if no newer request was made meanwhile, hands its result
     * to {@code apply}, or what it threw to {@code failed}, on the apply executor.
     */
    public <T> void submit(Supplier<T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            if (generation.get() != mine) return;
            T result;
            try {
                result = work.get();
            } catch (Throwable e) {
                // Any Throwable: a caller's busy flag is cleared by {@code failed}, so none may slip past.
                LOG.warn("background work failed", e);
                applyOn.execute(() -> {
                    if (generation.get() == mine) failed.accept(e);
                });
                return;
            }
            if (generation.get() != mine) return;
            applyOn.execute(() -> {
                if (generation.get() == mine) apply.accept(result);
            });
        });
    }


    /** Forgets every request made so far: none of their results will be applied. */
    public void cancelAll() {
        generation.incrementAndGet();
    }
}
