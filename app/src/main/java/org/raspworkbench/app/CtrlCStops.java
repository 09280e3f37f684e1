package org.raspworkbench.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.raspworkbench.core.verification.Cancellation;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While open, Ctrl+C (SIGINT) trips a cancellation instead of ending the JVM, so a long command
 * stops after its current batch, prints what it found and exits with its own status (not the
 * JVM's 130). A second Ctrl+C ends the JVM as usual, for when the report itself hangs. Where no
 * signal handler can be set (the JVM runs with {@code -Xrs}, or the platform has no SIGINT), a
 * shutdown hook trips the cancellation and holds the JVM until the report is printed; the exit
 * status is then the JVM's.
 */
final class CtrlCStops implements AutoCloseable {
    /** How long the shutdown-hook fallback waits for the report of the inputs checked so far. */
    private static final long REPORT_WAIT_SECONDS = 20;
    private static final Signal INT = signal();

    private final CountDownLatch done = new CountDownLatch(1);
    private final SignalHandler previous;
    private final Thread hook;

    private CtrlCStops(Cancellation cancellation) {
        SignalHandler before = null;
        if (INT != null) {
            AtomicBoolean once = new AtomicBoolean();
            SignalHandler[] chained = new SignalHandler[1];
            try {
                before = Signal.handle(INT, sig -> {
                    if (once.getAndSet(true)) {
                        SignalHandler p = chained[0];
                        if (p != null && p != SignalHandler.SIG_IGN && p != SignalHandler.SIG_DFL) p.handle(sig);
                        else Runtime.getRuntime().halt(130);
                    } else {
                        cancellation.cancel();
                    }
                });
                chained[0] = before;
            } catch (IllegalArgumentException | UnsupportedOperationException refused) {
                // -Xrs or a platform without SIGINT: the shutdown hook below is all there is
                before = null;
            }
        }
        previous = before;
        if (previous == null) {
            hook = new Thread(() -> {
                cancellation.cancel();
                try {
                    done.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ctrl-c-report");
            Runtime.getRuntime().addShutdownHook(hook);
        } else {
            hook = null;
        }
    }

    /** Routes Ctrl+C to {@code cancellation} until closed. */
    static CtrlCStops trip(Cancellation cancellation) {
        return new CtrlCStops(cancellation);
    }

    /** Whether Ctrl+C reaches the cancellation through a signal handler (so the exit status is ours). */
    boolean handlesSignal() {
        return previous != null;
    }

    /** The report is out: Ctrl+C ends the JVM again as before. */
    @Override
    public void close() {
        done.countDown();
        if (previous != null) {
            Signal.handle(INT, previous);
        } else {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C went to the hook, which lets the JVM exit now that the report is out
            }
        }
    }

    private static Signal signal() {
        try {
            return new Signal("INT");
        } catch (IllegalArgumentException | LinkageError none) {
            return null;
        }
    }
}
