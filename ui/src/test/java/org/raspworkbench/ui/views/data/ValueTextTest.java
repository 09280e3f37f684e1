package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;

class ValueTextTest {
    @Test
    void printsResidualNumbersShort() {
        assertThat(ValueText.number(1.0)).isEqualTo("1");
        assertThat(ValueText.number(0.99999)).isEqualTo("1");
        assertThat(ValueText.number(1.0 / 3)).isEqualTo("0.333");
        assertThat(ValueText.number(-0.5)).isEqualTo("-0.5");
        assertThat(ValueText.number(-0.00001)).isEqualTo("0");
    }

    @Test
    void printsDecodedValues() {
        assertThat(ValueText.decoded(Optional.empty())).isEqualTo(ValueText.NOTHING_ON);
        assertThat(ValueText.decoded(Optional.of(FloatValue.of(0.25)))).isEqualTo("0.25");
        assertThat(ValueText.decoded(Optional.of(IntValue.of(3)))).isEqualTo("3");
    }
}
