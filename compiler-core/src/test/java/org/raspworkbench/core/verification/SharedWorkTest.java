package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.fuzz.ProgramSpec;
import org.raspworkbench.core.fuzz.ProgramSpecs;
import org.raspworkbench.core.fuzz.SpecToSource;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;

/**
 * Checking with work shared between inputs (the interned pass, the memoized evaluator, readings
 * per content, several checkers at once) finds exactly what checking every input the plain way
 * finds: the same counts, counterexamples with their divergences and causes, and margins to the
 * bit with the same inputs, in both precisions; on the programs built to show each cause, the
 * samples and golden programs, and random programs.
 */
class SharedWorkTest {
    static Stream<String> causePrograms() {
        return Stream.of("variant-cases/low_mlp_exactness.rasp", "variant-cases/sort_8.rasp",
                "variant-cases/pair_balance_causal.rasp", "variant-cases/hist_of_hist.rasp",
                "variant-cases/numerical_to_categorical_map.rasp", "variant-cases/categorical_to_numerical_map.rasp",
                "variant-cases/numerical_to_numerical_map.rasp",
                "tracr-cases/ov_test_case_1.rasp", "verification/causal_length.rasp", "verification/float_precision.rasp",
                "verification/none_default.rasp", "verification/value_set.rasp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("causePrograms")
    void programsThatDisagree(String path) {
        assertSame(CauseKindsTest.compile(path), 3000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.raspworkbench.core.verification.NoFalsePositivesTest#programs")
    void samplesAndGoldenPrograms(Path file) throws IOException {
        Compilation c = Compiler.compile(Files.readString(file));
        assertSame(c.model().orElseThrow(), 1500);
    }

    @Property(seed = "20261201", tries = 60)
    void randomPrograms(@ForAll("specs") ProgramSpec spec) {
        Compilation c = Compiler.compile(SpecToSource.render(spec));
        if (c.model().isEmpty()) return;
        assertSame(c.model().get(), 800);
    }

    @Provide
    Arbitrary<ProgramSpec> specs() {
        return ProgramSpecs.programs();
    }

    private static void assertSame(CompiledModel model, int samples) {
        VerificationOptions options = VerificationOptions.defaults().withSampling(4000, samples, 3).withoutFixes();
        int max = model.maxSeqLen();
        InputPlan plan = InputBatches.plan(model.program().settings(), 1, max, options);
        for (Precision precision : Precision.values()) {
            Findings plain = new PlanChecker(model, options.tolerance(), true, precision, false, 1, 0)
                    .check(plan, "plain", VerificationProgress.NONE, new Cancellation());
            Findings shared = new PlanChecker(model, options.tolerance(), true, precision, true, 2,
                    BatchChecker.TABLE_BUDGET).check(plan, "shared", VerificationProgress.NONE, new Cancellation());
            assertThat(shared).as("%s", precision).isEqualTo(plain);
            // the tables dropped before every batch: memory bounded by the batch, the same findings
            Findings dropped = new PlanChecker(model, options.tolerance(), true, precision, true, 1, 0)
                    .check(plan, "dropped", VerificationProgress.NONE, new Cancellation());
            assertThat(dropped).as("%s, tables dropped", precision).isEqualTo(plain);
            Findings counted = new PlanChecker(model, options.tolerance(), false, precision, true, 3,
                    BatchChecker.TABLE_BUDGET)
                    .check(plan, "counted", VerificationProgress.NONE, new Cancellation());
            assertThat(counted.disagree()).isEqualTo(plain.disagree());
            assertThat(counted.positionsCompared()).isEqualTo(plain.positionsCompared());
        }
    }
}
