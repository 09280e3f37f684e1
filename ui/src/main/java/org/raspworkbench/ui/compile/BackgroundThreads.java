package org.raspworkbench.ui.compile;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for the IDE's background work, so that they never keep the JVM alive. */
public final class BackgroundThreads {
    /** Programs recurse deeply (the runner walks nested expressions); give their thread room. */
    private static final long COMPILER_STACK_BYTES = 64L << 20;

    private BackgroundThreads() {
    }

    /** One thread, in request order: compilation and forward passes. */
    public static ExecutorService compiler() {
        return Executors.newSingleThreadExecutor(r -> daemon(r, "rasp-compiler", COMPILER_STACK_BYTES));
    }

    /** One thread, in request order, with the compiler's stack: work that runs models and programs' functions. */
    public static ExecutorService deepStack(String name) {
        return Executors.newSingleThreadExecutor(r -> daemon(r, name, COMPILER_STACK_BYTES));
    }

    /** Small, quick jobs: highlighting, reading and writing files. */
    public static ExecutorService named(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newSingleThreadExecutor(r -> daemon(r, name + "-" + n.incrementAndGet(), 0));
    }

    private static Thread daemon(Runnable r, String name, long stack) {
        Thread t = new Thread(null, r, name, stack);
        t.setDaemon(true);
        return t;
    }
}
