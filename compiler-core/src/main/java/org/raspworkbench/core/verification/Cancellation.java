package org.raspworkbench.core.verification;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running verification to stop after its current batch; it then reports what it found so
 * far. Safe to trip from any thread (a shutdown hook, a Cancel button).
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
