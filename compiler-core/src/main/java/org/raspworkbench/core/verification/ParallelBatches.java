package org.raspworkbench.core.verification;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Checks a plan's batches on several checkers at once, each taking the next batch as soon as it is
 * done with one, and hands the results back in the plan's order, so what is kept first
 * (counterexamples, the input of a smallest margin) never depends on timing. The calling thread
 * checks batches too and takes the results in between its own, on itself alone (progress is
 * reported from one thread). A checker on a core the JIT compiler or another program is using
 * simply checks fewer batches: nobody waits for it but the results after its batch, and at most
 * {@link #AHEAD} batches per checker run ahead of the oldest one not taken in.
 */
final class ParallelBatches<B, R> {
    /** Checks one batch on checker {@code checker} (each checker is used by one thread only). */
    interface Check<B, R> {
        R check(int checker, B batch);
    }

    /** Batches per checker that may be checked beyond the oldest result not yet taken in. */
    static final int AHEAD = 2;

    private final Iterator<B> batches;
    private final int checkers;
    private final boolean atOnce;
    private final Check<B, R> check;
    private final Cancellation cancel;
    private final Object lock = new Object();
    private final Map<Long, R> done = new HashMap<>();
    private long taken;
    private long merged;
    private int inFlight;
    private boolean stop;
    private Throwable failure;

    private ParallelBatches(Iterator<B> batches, int checkers, boolean atOnce, Check<B, R> check, Cancellation cancel) {
        this.batches = batches;
        this.checkers = checkers;
        this.atOnce = atOnce;
        this.check = check;
        this.cancel = cancel;
    }

    /**
     * Checks every batch on {@code checkers} checkers (checker 0 on this thread), giving each result
     * to {@code merge} in the plan's order on this thread; returns whether it was cancelled (then
     * every batch begun was finished and merged, and no other).
     *
     * @param atOnce start the other checkers with the first batch, not once the JIT compiler is quiet
     */
    static <B, R> boolean run(Iterator<B> batches, int checkers, boolean atOnce, Check<B, R> check,
                              Consumer<R> merge, Cancellation cancel) {
        return new ParallelBatches<>(batches, checkers, atOnce, check, cancel).run(merge);
    }

    private boolean run(Consumer<R> merge) {
        ExecutorService pool = checkers > 1 ? Executors.newFixedThreadPool(checkers - 1, ParallelBatches::thread) : null;
        JitActivity jit = new JitActivity();
        boolean started = pool == null;
        if (!started && jit.quietSinceLastFinish()) started = start(pool);
        try {
            boolean cancelled = false;
            while (true) {
                mergeReady(merge);
                if (!cancelled && cancel.isCancelled()) {
                    cancelled = true;
                    synchronized (lock) {
                        stop = true;
                        lock.notifyAll();
                    }
                }
                if (!started && atOnce) started = start(pool);
                Taken<B> next = cancelled ? null : take(false);
                if (next != null) {
                    finish(next.index, () -> check.check(0, next.batch));
                    // the other checkers start once the JIT compiler leaves the other cores to them
                    if (!started && jit.quiet()) started = start(pool);
                    continue;
                }
                synchronized (lock) {
                    rethrow();
                    if (done.containsKey(merged)) continue;
                    if (inFlight == 0 && (stop || !batches.hasNext())) break;
                    waitOnLock();
                }
            }
            mergeReady(merge);
            synchronized (lock) {
                rethrow();
            }
            jit.finished();
            return cancelled;
        } finally {
            synchronized (lock) {
                stop = true;
                lock.notifyAll();
            }
            if (pool != null) pool.shutdownNow();
        }
    }

    private boolean start(ExecutorService pool) {
        for (int i = 1; i < checkers; i++) {
            int checker = i;
            pool.execute(() -> work(checker));
        }
        return true;
    }

    private record Taken<B>(long index, B batch) {
    }

    /** A worker's loop: the next batch while there is one and nobody has stopped. */
    private void work(int checker) {
        while (true) {
            Taken<B> next = take(true);
            if (next == null) return;
            if (!finish(next.index, () -> check.check(checker, next.batch))) return;
        }
    }

    /**
     * The next batch, or null when there is none or when stopped; a worker waits while the batches
     * ahead of the oldest result not taken in are enough, the calling thread returns null then.
     */
    private Taken<B> take(boolean worker) {
        synchronized (lock) {
            while (true) {
                if (stop || failure != null || cancel.isCancelled() || !batches.hasNext()) return null;
                if (taken < merged + (long) AHEAD * checkers) break;
                if (!worker) return null;
                waitOnLock();
            }
            inFlight++;
            return new Taken<>(taken++, batches.next());
        }
    }

    /** Checks a taken batch and keeps its result; false when it failed (the failure is kept). */
    private boolean finish(long index, java.util.function.Supplier<R> work) {
        try {
            R r = work.get();
            synchronized (lock) {
                done.put(index, r);
                inFlight--;
                lock.notifyAll();
            }
            return true;
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                if (failure == null) failure = e;
                inFlight--;
                lock.notifyAll();
            }
            return false;
        }
    }

    /** Gives merge every result next in the plan's order that is done. */
    private void mergeReady(Consumer<R> merge) {
        while (true) {
            R r;
            synchronized (lock) {
                r = done.remove(merged);
                if (r == null) return;
                merged++;
                lock.notifyAll();
            }
            merge.accept(r);
        }
    }

    private void rethrow() {
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error err) throw err;
    }

    private void waitOnLock() {
        try {
            // timed: the calling thread also looks at the cancellation while it waits
            lock.wait(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
            throw new IllegalStateException("verification was interrupted", e);
        }
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(r, "verification");
        t.setDaemon(true);
        return t;
    }
}
