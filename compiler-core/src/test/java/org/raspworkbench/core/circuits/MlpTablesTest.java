package org.raspworkbench.core.circuits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.verification.Cancellation;
import org.raspworkbench.core.verification.VerificationOptions;
import org.raspworkbench.core.verification.VerificationProgress;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.Verifier;

/**
 * An MLP table read off the weights equals the program's function wherever verification says the
 * model agrees with the program, and flags the rows where a program built to fail (Tracr's default
 * exactness lowered) does not.
 */
class MlpTablesTest {
    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier", "hist", "sort_unique", "frac_prevs", "shuffle_dyck2", "sort_freq",
            "pair_balance", "detect_pattern", "length"})
    void tablesAgreeWhereVerificationAgrees(String name) {
        CompiledModel model = Programs.sample(name);
        VerificationReport report = Verifier.verify(model, VerificationOptions.defaults(), VerificationProgress.NONE,
                new Cancellation());
        assertThat(report.disagree()).as("%s verifies", name).isZero();
        List<MlpTable> tables = ModelToMlpTables.run(model);
        for (MlpTable t : tables) {
            assertThat(t.rows()).as(t.name()).anyMatch(r -> r.agreement() == Agreement.AGREES);
            assertThat(t.rows()).as(t.name()).noneMatch(r -> r.agreement() == Agreement.DIFFERS);
        }
    }

    @Test
    void lowExactnessFlagsTheWidthsItReadsWrong() {
        CompiledModel model = Programs.resource("variant-cases/low_mlp_exactness.rasp");
        MlpTable length = table(model, "length");
        assertThat(length.kind()).isEqualTo(MlpKind.SELECTOR_WIDTH);
        assertThat(length.mismatches()).isPositive();
        // verification's counterexample: width 4 read as 3
        assertThat(length.rows()).anyMatch(r -> r.agreement() == Agreement.DIFFERS && r.program().orElseThrow().equals(IntValue.of(4))
                && r.model().value().equals(IntValue.of(3)));
        CompiledModel exact = Programs.compile(Programs.read(java.nio.file.Path.of(
                "src/test/resources/variant-cases/low_mlp_exactness.rasp")).replace("set mlp_exactness 20;", ""), "exact");
        assertThat(table(exact, "length").mismatches()).isZero();
    }

    @Test
    void selectorWidthBreakpointsLieBetweenNeighbouringWidths() {
        CompiledModel model = Programs.sample("sort");
        MlpTable width = table(model, "target_pos");
        List<Double> thresholds = width.breakpoints().stream().map(Breakpoint::threshold).toList();
        int n = model.maxSeqLen();
        for (int w = 0; w < n; w++) {
            double mid = (1.0 / (w + 1) + 1.0 / (w + 2)) / 2;
            assertThat(thresholds).as("step between widths %d and %d", w, w + 1)
                    .anyMatch(t -> Math.abs(t - mid) < 1e-9);
        }
        assertThat(width.rows()).filteredOn(MlpRow::onValueSet).hasSize(n + 1);
        assertThat(width.rows()).anyMatch(r -> !r.onValueSet() && r.agreement() == Agreement.NOT_COMPARED);
    }

    @Test
    void everyDiscretisingStepLiesBetweenNeighbouringValuesWithItsRampEvenWhereRampsOverlap() {
        // at mlp_exactness 20 the ramps (1/20 wide) reach past the neighbouring values 1/12 apart:
        // thresholds alone would pair the wrong units
        CompiledModel model = Programs.resource("variant-cases/low_mlp_exactness.rasp");
        int checked = 0;
        for (MlpTable t : ModelToMlpTables.run(model)) {
            if (t.kind() != MlpKind.NUMERICAL_TO_CATEGORICAL && t.kind() != MlpKind.SELECTOR_WIDTH) continue;
            List<Double> xs = t.rows().stream().filter(MlpRow::onValueSet).filter(r -> r.program().isPresent())
                    .map(r -> ((org.raspworkbench.core.value.NumericValue) r.inputs().get(0)).asDouble()).sorted().toList();
            List<Step> steps = t.steps();
            assertThat(steps).as(t.name()).hasSize(xs.size() - 1);
            for (int k = 1; k < xs.size(); k++) {
                Step st = steps.get(k - 1);
                assertThat(st.at()).as(t.name()).isCloseTo((xs.get(k - 1) + xs.get(k)) / 2, org.assertj.core.api.Assertions.within(1e-9));
                assertThat(st.at() - st.rampFrom()).isCloseTo(1.0 / 20, org.assertj.core.api.Assertions.within(1e-9));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void sequenceMapHasARowPerPairAndCategoricalMapsOnePerValue() {
        CompiledModel model = Programs.sample("sort");
        MlpTable keys = table(model, "keys");
        assertThat(keys.kind()).isEqualTo(MlpKind.SEQUENCE_MAP);
        assertThat(keys.rows()).hasSize(5 * 5);
        assertThat(keys.inputs()).extracting(s -> s.name()).containsExactly("tokens", "indices");
    }

    static MlpTable table(CompiledModel model, String sop) {
        return ModelToMlpTables.run(model).stream().filter(t -> t.sop().name().equals(sop)).findFirst()
                .orElseThrow(() -> new AssertionError("no MLP computes " + sop));
    }
}
