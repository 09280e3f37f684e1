package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColorMapTest {
    @Test
    void looksMapsUpByNameAndAlias() {
        assertThat(ColorMap.byName("Viridis")).contains(ColorMap.VIRIDIS);
        assertThat(ColorMap.byName("red-white-blue")).contains(ColorMap.RDBU);
        assertThat(ColorMap.byName("jet")).isEmpty();
        assertThat(ColorMap.names()).contains("viridis", "magma", "blues", "rdbu", "greys", "bwr");
    }

    /** Entries printed by matplotlib 3.6.3, {@code matplotlib.colormaps[name](i)[:3]}. */
    @Test
    void tablesAreMatplotlibsOwn() {
        assertEntry(ColorMap.VIRIDIS, 0, 0.267004, 0.004874, 0.329415);
        assertEntry(ColorMap.VIRIDIS, 128, 0.127568, 0.566949, 0.550556);
        assertEntry(ColorMap.VIRIDIS, 255, 0.993248, 0.906157, 0.143936);
        assertEntry(ColorMap.MAGMA, 0, 0.001462, 0.000466, 0.013866);
        assertEntry(ColorMap.MAGMA, 255, 0.987053, 0.991438, 0.749504);
        assertEntry(ColorMap.BLUES, 0, 0.968627, 0.984314, 1.0);
        assertEntry(ColorMap.BLUES, 255, 0.031373, 0.188235, 0.419608);
        assertEntry(ColorMap.RDBU, 0, 0.403922, 0.0, 0.121569);
        assertEntry(ColorMap.RDBU, 128, 0.965705, 0.967243, 0.968089);
        assertEntry(ColorMap.RDBU, 255, 0.019608, 0.188235, 0.380392);
        for (ColorMap m : ColorMap.values()) assertThat(m.size()).as(m.displayName()).isEqualTo(256);
    }

    /** matplotlib's lookup: entry floor(t * 256), t = 1 the last entry, outside 0..1 clamped. */
    @Test
    void lookUpLikeMatplotlib() {
        assertThat(ColorMap.VIRIDIS.color(0)).isEqualTo(rgb(ColorMap.VIRIDIS, 0));
        assertThat(ColorMap.VIRIDIS.color(0.5)).isEqualTo(rgb(ColorMap.VIRIDIS, 128));
        assertThat(ColorMap.VIRIDIS.color(127.9 / 256)).isEqualTo(rgb(ColorMap.VIRIDIS, 127));
        assertThat(ColorMap.VIRIDIS.color(1)).isEqualTo(rgb(ColorMap.VIRIDIS, 255));
        assertThat(ColorMap.VIRIDIS.color(7)).isEqualTo(rgb(ColorMap.VIRIDIS, 255));
        assertThat(ColorMap.VIRIDIS.color(-3)).isEqualTo(rgb(ColorMap.VIRIDIS, 0));
        assertThat(ColorMap.VIRIDIS.color(Double.NaN)).isEqualTo(Color.GRAY);
    }

    @Test
    void divergingMapsAreNearWhiteAtZeroAndSymmetric() {
        Scale s = Scale.fitting(ColorMap.BWR, new double[][] {{-2, 1}});
        assertThat(s.min()).isEqualTo(-2);
        assertThat(s.max()).isEqualTo(2);
        Color zero = s.color(0);
        assertThat(List.of(zero.getRed(), zero.getGreen(), zero.getBlue())).allMatch(c -> c >= 253);
        assertThat(s.color(5)).isEqualTo(Color.RED);
        assertThat(s.color(-5)).isEqualTo(Color.BLUE);
    }

    @Test
    void automaticScaleChoosesByTheSignOfTheValues() {
        assertThat(Scale.automatic(new double[][] {{0, 1}}).map()).isEqualTo(ColorMap.VIRIDIS);
        assertThat(Scale.automatic(new double[][] {{0, 1}}).max()).isEqualTo(1);
        assertThat(Scale.automatic(new double[][] {{0, 5}}).max()).isEqualTo(5);
        assertThat(Scale.automatic(new double[][] {{-1, 1}}).map()).isEqualTo(ColorMap.RDBU);
    }

    /** sat3's target_pos_selector_width_attn_output holds -2.2e-8 after the attention: float noise, not a sign. */
    @Test
    void floatNoiseNeitherPicksTheMapNorWidensTheRange() {
        double[][] values = {{0, 1, -2.2e-8}, {1, 0, 3e-7}};
        Scale s = Scale.automatic(values);
        assertThat(s.map()).isEqualTo(ColorMap.VIRIDIS);
        assertThat(s.min()).isZero();
        assertThat(s.max()).isEqualTo(1);
        assertThat(s.color(-2.2e-8)).isEqualTo(s.color(0));
        Scale fitted = Scale.fitting(ColorMap.VIRIDIS, new double[][] {{-2.2e-8, 0.5, -4e-7}});
        assertThat(fitted.min()).isZero();
        // A real negative value still chooses the diverging map, and noise does not set its range.
        Scale signed = Scale.automatic(new double[][] {{-0.5, 2.2e-8, -9e-7}});
        assertThat(signed.map()).isEqualTo(ColorMap.RDBU);
        assertThat(signed.max()).isEqualTo(0.5);
    }

    /**
     * The outline of the directions a step wrote must not read as a value: its colour is far (CIE76
     * Delta E above 40) from every entry of every map, so it means one thing whatever the map.
     */
    @Test
    void writtenEmphasisIsNoColourOfAnyMap() {
        double[] written = Cielab.of(FigureStyle.WRITTEN);
        for (ColorMap m : ColorMap.values()) {
            double nearest = Double.MAX_VALUE;
            for (int i = 0; i < m.size(); i++) nearest = Math.min(nearest, Cielab.distance(written, Cielab.of(rgb(m, i))));
            assertThat(nearest).as("Delta E to the nearest colour of " + m.displayName()).isGreaterThan(40);
        }
    }

    @Test
    void ticksPrintShort() {
        assertThat(Ticks.format(0.5)).isEqualTo("0.5");
        assertThat(Ticks.format(1.0)).isEqualTo("1");
        assertThat(Ticks.format(-0.0)).isEqualTo("0");
        assertThat(Ticks.format(1.0 / 3)).isEqualTo("0.333");
        assertThat(Ticks.format(200)).isEqualTo("200");
    }

    private static void assertEntry(ColorMap map, int i, double r, double g, double b) {
        double[] e = map.entry(i);
        assertThat(e[0]).as(map + "[" + i + "] red").isCloseTo(r, within(1e-6));
        assertThat(e[1]).as(map + "[" + i + "] green").isCloseTo(g, within(1e-6));
        assertThat(e[2]).as(map + "[" + i + "] blue").isCloseTo(b, within(1e-6));
    }

    private static Color rgb(ColorMap map, int i) {
        double[] e = map.entry(i);
        return new Color((int) Math.round(e[0] * 255), (int) Math.round(e[1] * 255), (int) Math.round(e[2] * 255));
    }

    /** sRGB to CIELAB (D65), enough to say how far apart two colours look. */
    static final class Cielab {
        static double[] of(Color c) {
            double r = linear(c.getRed() / 255.0);
            double g = linear(c.getGreen() / 255.0);
            double b = linear(c.getBlue() / 255.0);
            double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
            double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
            return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
        }

        static double distance(double[] a, double[] b) {
            return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
        }

        private static double linear(double u) {
            return u <= 0.04045 ? u / 12.92 : Math.pow((u + 0.055) / 1.055, 2.4);
        }

        private static double f(double t) {
            return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
        }
    }
}
