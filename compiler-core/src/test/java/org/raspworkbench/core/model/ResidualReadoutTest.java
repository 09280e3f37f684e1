package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class ResidualReadoutTest {
    private static final List<Value> ABC = List.of(StrValue.of("a"), StrValue.of("b"), StrValue.of("c"));
    private static final int[] COLUMNS = {3, 1, 2};

    @Test
    void theLargestComponentWins() {
        Readout r = ResidualReadout.read(Encoding.CATEGORICAL, new double[] {9, 0.2, 0.7, 0.1}, COLUMNS, ABC);
        assertThat(r.value()).isEqualTo(StrValue.of("c"));
        assertThat(r.isTie()).isFalse();
        assertThat(r.top()).isEqualTo(0.7);
    }

    @Test
    void anExactTieGoesToTheFirstColumnAsNumpysArgmax() {
        Readout r = ResidualReadout.read(Encoding.CATEGORICAL, new double[] {0, 0.5, 0.2, 0.5}, COLUMNS, ABC);
        assertThat(r.value()).isEqualTo(StrValue.of("a"));
        assertThat(r.tied()).containsExactly(StrValue.of("a"), StrValue.of("b"));
        assertThat(r.isTie()).isTrue();
    }

    @Test
    void componentsWithinFloatNoiseOfTheMaximumAreTied() {
        // the strict winner is "b", ahead of "a" by 1e-9: still reported as a tie, argmax unchanged
        Readout r = ResidualReadout.read(Encoding.CATEGORICAL, new double[] {0, 0.500000001, 0.1, 0.5}, COLUMNS, ABC);
        assertThat(r.value()).isEqualTo(StrValue.of("b"));
        assertThat(r.tied()).containsExactly(StrValue.of("b"), StrValue.of("a"));
    }

    @Test
    void nothingWrittenIsATieOfEveryValue() {
        Readout r = ResidualReadout.read(Encoding.CATEGORICAL, new double[4], COLUMNS, ABC);
        assertThat(r.value()).isEqualTo(StrValue.of("a"));
        assertThat(r.tied()).containsExactlyElementsOf(ABC);
        assertThat(r.top()).isZero();
    }

    @Test
    void aNumericalSopReadsItsOneDirection() {
        Readout r = ResidualReadout.read(Encoding.NUMERICAL, new double[] {0, 0.25}, new int[] {1}, List.of());
        assertThat(r.value()).isEqualTo(FloatValue.of(0.25));
        assertThat(r.isTie()).isFalse();
    }

    @Test
    void noColumnsIsAnError() {
        assertThatThrownBy(() -> ResidualReadout.read(Encoding.CATEGORICAL, new double[1], new int[0], List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
