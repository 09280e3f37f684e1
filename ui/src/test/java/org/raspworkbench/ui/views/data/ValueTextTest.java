package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueTextTest {
    @Test
    void printsResidualNumbersShort() {
        assertThat(ValueText.number(1.0)).isEqualTo("1");
        assertThat(ValueText.number(0.99999)).isEqualTo("1");
        assertThat(ValueText.number(1.0 / 3)).isEqualTo("0.333");
        assertThat(ValueText.number(-0.5)).isEqualTo("-0.5");
        assertThat(ValueText.number(-0.00001)).isEqualTo("0");
    }
}
