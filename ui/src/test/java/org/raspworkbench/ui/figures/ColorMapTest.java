package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ColorMapTest {
    @Test
    void looksMapsUpByNameAndAlias() {
        assertThat(ColorMap.byName("Viridis")).contains(ColorMap.VIRIDIS);
        assertThat(ColorMap.byName("red-white-blue")).contains(ColorMap.RDBU);
        assertThat(ColorMap.byName("jet")).isEmpty();
        assertThat(ColorMap.names()).contains("viridis", "rdbu", "bwr");
    }

    @Test
    void divergingMapsAreWhiteAtZero() {
        Scale s = Scale.fitting(ColorMap.BWR, new double[][] {{-2, 1}});
        assertThat(s.min()).isEqualTo(-2);
        assertThat(s.max()).isEqualTo(2);
        assertThat(s.color(0)).isEqualTo(Color.WHITE);
        assertThat(s.color(5)).isEqualTo(Color.RED);
    }

    @Test
    void automaticScaleChoosesByTheSignOfTheValues() {
        assertThat(Scale.automatic(new double[][] {{0, 1}}).map().kind()).isEqualTo(ColorMap.Kind.SEQUENTIAL);
        assertThat(Scale.automatic(new double[][] {{0, 1}}).max()).isEqualTo(1);
        assertThat(Scale.automatic(new double[][] {{0, 5}}).max()).isEqualTo(5);
        assertThat(Scale.automatic(new double[][] {{-1, 1}}).map().kind()).isEqualTo(ColorMap.Kind.DIVERGING);
    }

    @Test
    void ticksPrintShort() {
        assertThat(Ticks.format(0.5)).isEqualTo("0.5");
        assertThat(Ticks.format(1.0)).isEqualTo("1");
        assertThat(Ticks.format(-0.0)).isEqualTo("0");
        assertThat(Ticks.format(1.0 / 3)).isEqualTo("0.333");
        assertThat(Ticks.format(200)).isEqualTo("200");
    }
}
