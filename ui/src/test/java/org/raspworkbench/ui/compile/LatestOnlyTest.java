package org.raspworkbench.ui.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {
    @Test
    void onlyTheNewestResultIsApplied() throws Exception {
        ExecutorService background = BackgroundThreads.compiler();
        List<String> applied = new CopyOnWriteArrayList<>();
        List<String> started = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        LatestOnly latest = new LatestOnly(background, Runnable::run);
        latest.submit(() -> {
            started.add("first");
            firstRunning.countDown();
            await(release);
            return "first";
        }, applied::add, e -> { });
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        latest.submit(() -> {
            started.add("second");
            return "second";
        }, applied::add, e -> { });
        latest.submit(() -> {
            started.add("third");
            return "third";
        }, r -> {
            applied.add(r);
            done.countDown();
        }, e -> { });
        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(applied).containsExactly("third");
        // The second request was superseded before it started: it never ran.
        assertThat(started).containsExactly("first", "third");
    }

    @Test
    void aFailureOfTheLatestRequestIsReported() throws Exception {
        ExecutorService background = BackgroundThreads.compiler();
        CountDownLatch failed = new CountDownLatch(1);
        new LatestOnly(background, Runnable::run).submit(() -> {
            throw new IllegalStateException("boom");
        }, r -> { }, e -> failed.countDown());
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        background.shutdown();
    }

    /** An Error that is neither a stack overflow nor out of memory (a linkage or assertion error, say). */
    private static final class OddError extends Error {
        OddError() {
            super("odd");
        }
    }

    @Test
    void anyThrowableIsReportedSoThatTheBusyFlagIsCleared() throws Exception {
        ExecutorService background = BackgroundThreads.compiler();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch failed = new CountDownLatch(1);
        LatestOnly latest = new LatestOnly(background, Runnable::run);
        latest.submit(() -> {
            throw new OddError();
        }, r -> { }, e -> {
            failures.add(e);
            failed.countDown();
        });
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        // The background thread survived: a later request still runs and reports.
        CountDownLatch applied = new CountDownLatch(1);
        latest.submit(() -> "ok", r -> applied.countDown(), e -> { });
        assertThat(applied.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).hasSize(1).first().isInstanceOf(OddError.class);
        background.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
