package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.ui.views.LengthFixture;

class ResidualDecoderTest {
    private final LengthFixture f = new LengthFixture();
    private final ModelDigest model = f.model();
    private final TraceDigest trace = f.trace();

    @Test
    void decodesEverySopAtTheLastSnapshot() {
        List<DecodedValue> row = ResidualDecoder.decode(model, trace, new Snapshot(4), 2);
        assertThat(row).extracting(DecodedValue::verdict).containsOnly(Verdict.MATCH);
        assertThat(row.get(2).decoded()).contains(IntValue.of(2));
        assertThat(row.get(3).decoded()).contains(FloatValue.of(1.0 / 2));
    }

    @Test
    void sopsNotYetComputedAreNotPresent() {
        List<DecodedValue> row = ResidualDecoder.decode(model, trace, new Snapshot(1), 1);
        assertThat(row.get(0).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(row.get(2).verdict()).isEqualTo(Verdict.NOT_COMPUTED_YET);
        assertThat(row.get(4).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void bosHasNoExpectedValueButDecodes() {
        List<DecodedValue> row = ResidualDecoder.decode(model, trace, new Snapshot(0), 0);
        assertThat(row.get(0).decoded()).contains(new StrValue("BOS"));
        assertThat(row.get(0).verdict()).isEqualTo(Verdict.NOTHING_EXPECTED);
    }

    @Test
    void marksAWrongCategoricalValue() {
        double[] v = trace.snapshots()[4][1];
        v[f.column("length", IntValue.of(2))] = 0;
        v[f.column("length", IntValue.of(3))] = 1;
        DecodedValue length = ResidualDecoder.decode(model, trace, new Snapshot(4), 1).get(2);
        assertThat(length.decoded()).contains(IntValue.of(3));
        assertThat(length.verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void categoricalWithNoDirectionOnReadsAsTheModelsArgmax() {
        double[] v = trace.snapshots()[4][1];
        v[f.column("length", IntValue.of(2))] = 0;
        DecodedValue length = ResidualDecoder.decode(model, trace, new Snapshot(4), 1).get(2);
        assertThat(length.decoded()).contains(IntValue.of(0));
        assertThat(length.readout().orElseThrow().tied()).hasSize(4);
        assertThat(length.verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aTieDecodesToTheFirstOfTheTiedValues() {
        // half of "length:1" and half of "length:3": the old decoder showed nothing (both <= 0.5)
        double[] v = trace.snapshots()[4][1];
        v[f.column("length", IntValue.of(2))] = 0;
        v[f.column("length", IntValue.of(1))] = 0.5;
        v[f.column("length", IntValue.of(3))] = 0.5;
        DecodedValue length = ResidualDecoder.decode(model, trace, new Snapshot(4), 1).get(2);
        assertThat(length.decoded()).contains(IntValue.of(1));
        assertThat(length.isTie()).isTrue();
        assertThat(length.readout().orElseThrow().tied()).containsExactly(IntValue.of(1), IntValue.of(3));
        assertThat(length.verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void theOutputRowHasOneEntryPerInputPosition() {
        List<DecodedValue> row = ResidualDecoder.outputRow(model, trace, new Snapshot(4));
        assertThat(row).extracting(DecodedValue::sop).containsOnly(f.length);
        assertThat(row).extracting(DecodedValue::decoded).containsExactly(Optional.of(IntValue.of(2)),
                Optional.of(IntValue.of(2)));
        assertThat(row).extracting(DecodedValue::verdict).containsOnly(Verdict.MATCH);
        assertThat(ResidualDecoder.outputRow(model, trace, new Snapshot(1))).extracting(DecodedValue::verdict)
                .containsOnly(Verdict.NOT_COMPUTED_YET);
    }

    @Test
    void numericalMatchesWithinTolerance() {
        double[] v = trace.snapshots()[4][2];
        int half = f.residual.indexOf(org.raspworkbench.core.bases.BasisDirection.of("half"));
        v[half] = 0.504;
        assertThat(ResidualDecoder.decode(model, trace, new Snapshot(4), 2).get(3).verdict())
                .isEqualTo(Verdict.MATCH);
        v[half] = 0.7;
        assertThat(ResidualDecoder.decode(model, trace, new Snapshot(4), 2).get(3).verdict())
                .isEqualTo(Verdict.MISMATCH);
    }
}
