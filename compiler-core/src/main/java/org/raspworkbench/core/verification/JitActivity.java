package org.raspworkbench.core.verification;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the JIT compiler has been busy since it was last asked. In a JVM's first seconds it
 * compiles on every core it gets, and a second checker then made verification slower, not faster
 * (on 2 cores, a first verification of 20,000 inputs took 530 to 610 ms on one checker and 670 to
 * 820 ms on two; warm, two took 96 ms against 170: decision 102).
 */
public final class JitActivity {
    /** Compiling for less than this share of the time since the last look counts as quiet. */
    public static final double QUIET_SHARE = 0.05;

    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private final boolean measured = compiler != null && compiler.isCompilationTimeMonitoringSupported();
    private long compiling = compilingMs();
    private long at = System.nanoTime();
    /** The compiler's total and the clock when a verification last finished (null before the first). */
    private static volatile Mark lastFinish;
    /**
     * What the compiler may add since the last verification and still count as idle: a warm JVM
     * goes on compiling a small method now and then (one a verification calls once reaches its
     * threshold after thousands of verifications), a fraction of a millisecond each; its first
     * seconds compile for hundreds of milliseconds between two verifications.
     */
    static final long IDLE_ALLOWANCE_MS = 2;

    private record Mark(long compilingMs, long nanos) {
    }

    public JitActivity() {
    }

    /**
     * Whether the JIT compiler has been about idle since the last {@link #finished} (so a
     * verification may start every checker at once); false before the first.
     */
    public boolean quietSinceLastFinish() {
        Mark m = lastFinish;
        return measured && m != null && idle(compilingMs() - m.compilingMs(), (System.nanoTime() - m.nanos()) / 1e6);
    }

    /**
     * Whether compiling for {@code compiledMs} over {@code elapsedMs} counts as idle: at most
     * {@link #IDLE_ALLOWANCE_MS} plus {@link #QUIET_SHARE} of the time.
     */
    static boolean idle(long compiledMs, double elapsedMs) {
        return compiledMs <= IDLE_ALLOWANCE_MS + QUIET_SHARE * elapsedMs;
    }

    /** Notes the compiler's total as a verification finishes. */
    public void finished() {
        if (measured) lastFinish = new Mark(compilingMs(), System.nanoTime());
    }

    /** Whether the JIT compiler compiled for under {@link #QUIET_SHARE} of the time since the last call. */
    public boolean quiet() {
        if (!measured) return true;
        long nowCompiling = compilingMs();
        long now = System.nanoTime();
        double elapsedMs = (now - at) / 1e6;
        boolean quiet = nowCompiling - compiling <= QUIET_SHARE * elapsedMs;
        compiling = nowCompiling;
        at = now;
        return quiet;
    }

    private long compilingMs() {
        return measured ? compiler.getTotalCompilationTime() : 0;
    }
}
