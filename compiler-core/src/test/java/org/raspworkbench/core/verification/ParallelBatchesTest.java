package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Batches checked on several checkers at once come back in the plan's order, whatever each takes. */
class ParallelBatchesTest {
    private static List<Integer> batches(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    /** A check that takes a random while, so later batches often finish first. */
    private static ParallelBatches.Check<Integer, Integer> slow(Set<String> threads, Set<Integer> checkers) {
        return (checker, batch) -> {
            threads.add(Thread.currentThread().getName());
            checkers.add(checker);
            try {
                Thread.sleep(new Random(batch).nextInt(4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return batch * 10;
        };
    }

    @RepeatedTest(5)
    void resultsComeBackInPlanOrderFromEveryChecker() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<Integer> checkers = ConcurrentHashMap.newKeySet();
        List<Integer> merged = new ArrayList<>();
        List<String> mergedOn = new ArrayList<>();
        boolean cancelled = ParallelBatches.run(batches(60).iterator(), 3, true, slow(threads, checkers), r -> {
            merged.add(r);
            mergedOn.add(Thread.currentThread().getName());
        }, new Cancellation());
        assertThat(cancelled).isFalse();
        assertThat(merged).isEqualTo(IntStream.range(0, 60).map(i -> i * 10).boxed().toList());
        // every result is taken in on the calling thread, and the work was shared
        assertThat(mergedOn).containsOnly(Thread.currentThread().getName());
        assertThat(checkers).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(threads).contains(Thread.currentThread().getName(), "verification");
    }

    @Test
    void oneCheckerRunsEverythingOnTheCallingThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> merged = new ArrayList<>();
        ParallelBatches.run(batches(5).iterator(), 1, false, slow(threads, ConcurrentHashMap.newKeySet()), merged::add,
                new Cancellation());
        assertThat(merged).containsExactly(0, 10, 20, 30, 40);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void noBatchesNoResults() {
        List<Integer> merged = new ArrayList<>();
        boolean cancelled = ParallelBatches.run(List.<Integer>of().iterator(), 2, true, (c, b) -> b, merged::add,
                new Cancellation());
        assertThat(cancelled).isFalse();
        assertThat(merged).isEmpty();
    }

    @RepeatedTest(5)
    void cancellingFinishesWhatWasBegunAndMergesAPrefix() {
        Cancellation cancel = new Cancellation();
        AtomicInteger begun = new AtomicInteger();
        List<Integer> merged = new ArrayList<>();
        ParallelBatches.Check<Integer, Integer> check = (checker, batch) -> {
            begun.incrementAndGet();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return batch;
        };
        boolean cancelled = ParallelBatches.run(batches(1000).iterator(), 2, true, check, r -> {
            merged.add(r);
            if (merged.size() == 7) cancel.cancel();
        }, cancel);
        assertThat(cancelled).isTrue();
        // a prefix of the plan, every batch begun among it, and far from all of them
        assertThat(merged).isEqualTo(IntStream.range(0, merged.size()).boxed().toList());
        assertThat(merged.size()).isEqualTo(begun.get()).isBetween(7, 7 + 2 * ParallelBatches.AHEAD * 2);
    }

    @Test
    void aFailingCheckIsThrownOnTheCallingThread() {
        ParallelBatches.Check<Integer, Integer> check = (checker, batch) -> {
            if (batch == 13) throw new IllegalStateException("batch 13 broke");
            return batch;
        };
        assertThatThrownBy(() -> ParallelBatches.run(batches(100).iterator(), 2, true, check, r -> {
        }, new Cancellation())).isInstanceOf(IllegalStateException.class).hasMessage("batch 13 broke");
    }

    @Test
    void checkersRunAtMostAFewBatchesAheadOfWhatIsTakenIn() {
        AtomicInteger highest = new AtomicInteger(-1);
        List<Integer> gaps = new ArrayList<>();
        ParallelBatches.Check<Integer, Integer> check = (checker, batch) -> {
            highest.accumulateAndGet(batch, Math::max);
            // batch 0 is slow: the others must wait for it instead of running through the plan
            if (batch == 0) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return batch;
        };
        ParallelBatches.run(batches(200).iterator(), 2, true, check, r -> gaps.add(highest.get() - r),
                new Cancellation());
        // (the merge of batch 0 lets one more start before it is looked at)
        assertThat(gaps.get(0)).isLessThanOrEqualTo(ParallelBatches.AHEAD * 2);
    }
}
