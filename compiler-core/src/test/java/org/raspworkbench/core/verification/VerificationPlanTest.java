package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/** Exhaustive versus sampled plans, boundary cases, margins and cancellation. */
class VerificationPlanTest {
    private static final CompiledModel SORT = CauseKindsTest.compile("tracr-cases/sort.rasp");

    @Test
    void everyInputWhenTheyFitElseASeededSampleWithBoundaryCases() {
        CompileSettings s = SORT.program().settings();
        InputPlan all = Verifier.plan(s, VerificationOptions.defaults());
        assertThat(all.exhaustive()).isTrue();
        assertThat(all.total()).isEqualTo(4 + 16 + 64 + 256 + 1024);

        InputPlan sampled = Verifier.plan(s, VerificationOptions.defaults().withSampling(100, 50, 7));
        assertThat(sampled.exhaustive()).isFalse();
        assertThat(sampled.samples()).isEqualTo(50);
        assertThat(sampled.seed()).isEqualTo(7);
        assertThat(sampled.total()).isEqualTo(50 + sampled.boundaryCases());
        assertThat(sampled.describe()).contains("50 random inputs").contains("seed 7").contains("1364 possible");
    }

    @Test
    void exhaustiveBatchesHoldEveryInputOnceAndOneLengthEach() {
        InputPlan plan = Verifier.plan(SORT.program().settings(), VerificationOptions.defaults().withLengths(2, 3));
        Set<List<Value>> seen = new HashSet<>();
        InputBatches batches = InputBatches.of(plan, SORT.program().settings().vocab(), 7);
        while (batches.hasNext()) {
            InputBatches.Batch b = batches.next();
            List<List<Value>> batch = b.inputs();
            assertThat(tokensAsValues(b)).isEqualTo(batch);
            assertThat(batch).hasSizeLessThanOrEqualTo(7);
            assertThat(batch.stream().map(List::size).distinct()).hasSize(1);
            seen.addAll(batch);
        }
        assertThat(seen).hasSize(16 + 64);
    }

    @Test
    void boundaryCasesCoverExtremesSortedReversedAndEachTokenAlone() {
        List<Value> vocab = List.of(IntValue.of(3), IntValue.of(1), IntValue.of(2));
        List<List<Value>> cases = InputBatches.boundaryCases(vocab, 1, 4);
        assertThat(cases).contains(List.of(IntValue.of(1)), List.of(IntValue.of(2)), List.of(IntValue.of(3)));
        assertThat(cases).contains(ints(2, 2, 2, 2), ints(1, 1, 2, 3), ints(3, 2, 1, 1));
        assertThat(new HashSet<>(cases)).hasSameSizeAs(cases);
    }

    @Test
    void theSameSeedSamplesTheSameInputs() {
        VerificationOptions o = VerificationOptions.defaults().withSampling(10, 30, 42);
        assertThat(sample(o)).isEqualTo(sample(o));
        assertThat(sample(o)).isNotEqualTo(sample(VerificationOptions.defaults().withSampling(10, 30, 43)));
        VerificationReport r = Verifier.verify(SORT, o, VerificationProgress.NONE, new Cancellation());
        assertThat(r.plan().exhaustive()).isFalse();
        assertThat(r.inputsChecked()).isEqualTo(r.plan().total());
        assertThat(r.agrees()).isTrue();
    }

    private static List<List<Value>> sample(VerificationOptions o) {
        InputPlan plan = Verifier.plan(SORT.program().settings(), o);
        List<List<Value>> out = new ArrayList<>();
        InputBatches b = InputBatches.of(plan, SORT.program().settings().vocab(), 16);
        while (b.hasNext()) {
            InputBatches.Batch batch = b.next();
            assertThat(tokensAsValues(batch)).isEqualTo(batch.inputs());
            out.addAll(batch.inputs());
        }
        return out;
    }

    /** A batch's token indices read back through the vocabulary: the batch's inputs themselves. */
    private static List<List<Value>> tokensAsValues(InputBatches.Batch batch) {
        List<Value> vocab = SORT.program().settings().vocab();
        List<List<Value>> out = new ArrayList<>();
        for (int[] t : batch.tokens()) out.add(java.util.Arrays.stream(t).mapToObj(vocab::get).toList());
        return out;
    }

    @Test
    void marginsNameTheClosestCallPerS_opAndGoNegativeWhereItDecodesWrongly() {
        VerificationReport ok = Verifier.verify(SORT, VerificationOptions.defaults(), VerificationProgress.NONE,
                new Cancellation());
        assertThat(ok.margins()).extracting(m -> m.sop().name()).contains("sort", "target_pos", "keys");
        assertThat(ok.margins()).allSatisfy(m -> assertThat(m.minMargin()).isPositive());
        Margin keys = ok.margins().stream().filter(m -> m.sop().name().equals("keys")).findFirst().orElseThrow();
        // a categorical MLP's one-hot output: its direction 1, every other 0
        assertThat(keys.minMargin()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        VerificationReport frac = Verifier.verify(CauseKindsTest.compile("tracr-cases/frac_prevs_1.rasp"),
                VerificationOptions.defaults().withLengths(1, 4), VerificationProgress.NONE, new Cancellation());
        Margin numerical = frac.margins().stream().filter(m -> m.sop().isNumerical()).findFirst().orElseThrow();
        // a numerical mean's nearest other value: 1/3 and 1/4 are 1/12 apart
        assertThat(numerical.minMargin()).isPositive().isLessThan(0.1);

        VerificationReport wrong = Verifier.verify(CauseKindsTest.compile("variant-cases/low_mlp_exactness.rasp"),
                VerificationOptions.defaults().withoutFixes(), VerificationProgress.NONE, new Cancellation());
        Margin length = wrong.margins().stream().filter(m -> m.sop().name().equals("length")).findFirst().orElseThrow();
        assertThat(length.minMargin()).isNegative();
        assertThat(length.input()).isNotEmpty();
        assertThat(wrong.margins().get(0).minMargin()).isLessThanOrEqualTo(wrong.margins().get(1).minMargin());
    }

    @Test
    void countingOnlyGivesTheSameCountsWithoutDetails() {
        CompiledModel wrong = CauseKindsTest.compile("variant-cases/low_mlp_exactness.rasp");
        VerificationReport counted = Verifier.count(wrong, VerificationOptions.defaults(), new Cancellation());
        assertThat(counted.disagree()).isEqualTo(12);
        assertThat(counted.agree()).isEqualTo(1352);
        assertThat(counted.causes()).isEmpty();
        assertThat(counted.margins()).isEmpty();
    }

    @Test
    void cancellingStopsAfterTheCurrentBatchAndReportsWhatWasChecked() {
        Cancellation cancel = new Cancellation();
        AtomicLong calls = new AtomicLong();
        VerificationProgress trip = (stage, done, total) -> {
            if (calls.incrementAndGet() == 2) cancel.cancel();
        };
        VerificationReport r = Verifier.verify(CauseKindsTest.compile("variant-cases/low_mlp_exactness.rasp"),
                VerificationOptions.defaults(), trip, cancel);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.inputsChecked()).isPositive().isLessThan(r.plan().total());
        assertThat(r.agree() + r.disagree()).isEqualTo(r.inputsChecked());
        assertThat(r.causes()).allSatisfy(c -> assertThat(c.fix()).isEmpty());
        assertThat(r.notes()).anyMatch(n -> n.startsWith("stopped after"));
    }

    private static List<Value> ints(long... xs) {
        List<Value> out = new ArrayList<>();
        for (long x : xs) out.add(IntValue.of(x));
        return out;
    }
}
