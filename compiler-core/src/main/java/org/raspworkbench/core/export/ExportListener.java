package org.raspworkbench.core.export;

/**
 * Watches a weights export from the thread that writes it: how far it is, and whether to stop. A
 * cancelled export throws {@link java.util.concurrent.CancellationException} and leaves the target
 * folder as it was.
 */
public interface ExportListener {
    /** Reports nothing; stops when the writing thread is interrupted. */
    ExportListener NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} array values written so far (called often, from the writing thread). */
    void progress(long done, long total);

    /** Polled between rows; by default an interrupted thread (a cancelled background task) stops. */
    default boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
