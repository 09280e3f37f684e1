package org.raspworkbench.ui.startup;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.raspworkbench.core.source.InternalErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler for exceptions nothing caught, on any thread (the FX thread's event handlers
 * included: JavaFX hands theirs to the thread's handler): logs it with its stack trace and tells
 * the user, at most once per {@link #QUIET_MILLIS}, so a failure repeated on every frame cannot
 * bury the window under notices.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    static final long QUIET_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Consumer<String> notice;
    private final AtomicLong lastNotice = new AtomicLong(Long.MIN_VALUE / 2);

    private UncaughtErrors(Consumer<String> notice) {
        this.notice = notice;
    }

    /** Installs the handler for every thread; {@code notice} is called on the failing thread with the text to show. */
    public static UncaughtErrors install(Consumer<String> notice) {
        UncaughtErrors h = new UncaughtErrors(notice);
        Thread.setDefaultUncaughtExceptionHandler(h);
        return h;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            LOG.error("uncaught on thread {}", thread.getName(), failure);
            long now = System.currentTimeMillis();
            long last = lastNotice.get();
            if (now - last >= QUIET_MILLIS && lastNotice.compareAndSet(last, now)) {
                notice.accept("Internal error, see the log (" + InternalErrors.logLocation() + "): " + failure);
            }
        } catch (Throwable whileReporting) {
            // Nothing sensible is left to do; never throw from the handler itself.
        }
    }
}
