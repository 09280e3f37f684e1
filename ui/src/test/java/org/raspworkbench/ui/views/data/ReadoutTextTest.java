package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

class ReadoutTextTest {
    private static Optional<Readout> categorical(double top, long... tied) {
        List<Value> values = java.util.Arrays.stream(tied).mapToObj(IntValue::of).map(Value.class::cast).toList();
        return Optional.of(new Readout(values.get(0), values, top));
    }

    @Test
    void aCleanValuePrintsBare() {
        assertThat(ReadoutText.full(categorical(1, 3))).isEqualTo("3");
        assertThat(ReadoutText.full(Optional.of(new Readout(FloatValue.of(0.25), List.of(FloatValue.of(0.25)), 0.25))))
                .isEqualTo("0.25");
    }

    @Test
    void aTieShowsTheArgmaxAndWhatItTiedWith() {
        assertThat(ReadoutText.full(categorical(0.5, 0, 1))).isEqualTo("0 (tie: 0, 1)");
        assertThat(ReadoutText.compact(categorical(0.5, 0, 1))).isEqualTo("0 (tie: 0, 1)");
        assertThat(ReadoutText.explain(categorical(0.5, 0, 1)))
                .contains("tie at 0.5").contains("first direction").endsWith(", 0");
    }

    @Test
    void aLongTieIsCounted() {
        assertThat(ReadoutText.full(categorical(0.2, 4, 5, 6, 7, 8))).isEqualTo("4 (tie: 4, 5, 6, \u2026 5 values)");
        assertThat(ReadoutText.full(categorical(0.25, 4, 5, 6, 7))).isEqualTo("4 (tie: 4, 5, 6, 7)");
    }

    @Test
    void nothingWrittenIsEmptyButStillNamesTheArgmax() {
        assertThat(ReadoutText.full(categorical(0, 0, 1, 2))).isEqualTo("\u2205 (argmax 0)");
        assertThat(ReadoutText.compact(categorical(0, 0, 1, 2))).isEqualTo(ReadoutText.NOTHING_ON);
        assertThat(ReadoutText.full(Optional.empty())).isEqualTo(ReadoutText.NOTHING_ON);
    }
}
