package org.raspworkbench.ui.startup;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Collects the three start-up moments and hands their line to {@code out} once, when the last one
 * arrives (or when the window closes first, with -1 for what never came). Called on the FX thread.
 */
public final class StartupClock {
    /** The moments, in the order a user sees them. */
    public enum Moment { WINDOW, TEXT, MODEL }

    private final LongSupplier sinceStart;
    private final Consumer<String> out;
    private final Map<Moment, Long> seen = new EnumMap<>(Moment.class);
    private boolean reported;

    public StartupClock(LongSupplier sinceStartMs, Consumer<String> out) {
        this.sinceStart = sinceStartMs;
        this.out = out;
    }

    /** Milliseconds since the JVM started, by the JVM's own start time. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** A clock that prints to stderr, timed from the JVM's start. */
    public static StartupClock toStderr() {
        return new StartupClock(StartupClock::sinceJvmStart, System.err::println);
    }

    /** Records {@code moment} now, unless it was recorded before. */
    public void mark(Moment moment) {
        if (reported || seen.containsKey(moment)) return;
        seen.put(moment, sinceStart.getAsLong());
        if (seen.size() == Moment.values().length) report();
    }

    public boolean has(Moment moment) {
        return seen.containsKey(moment);
    }

    /** The window is closing: reports what was seen, once. */
    public void finish() {
        if (!reported) report();
    }

    private void report() {
        reported = true;
        out.accept(times().line());
    }

    StartupTimes times() {
        return new StartupTimes(seen.getOrDefault(Moment.WINDOW, -1L), seen.getOrDefault(Moment.TEXT, -1L),
                seen.getOrDefault(Moment.MODEL, -1L));
    }
}
