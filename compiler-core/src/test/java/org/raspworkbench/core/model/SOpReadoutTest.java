package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

class SOpReadoutTest {
    /** Entries where the order of a maximum could show: signed zeros, NaN, infinities, ties. */
    private static final double[] AWKWARD = {0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, 1.0, 1.0, -1.0, 0.5};

    @Test
    void theMarginTakenFourMaximaAtOnceIsTheOneChainsToTheBit() {
        Random r = new Random(7);
        for (int n = 1; n <= 11; n++) {
            SOpReadout readout = readout(n, 0);
            for (int trial = 0; trial < 2000; trial++) {
                double[] x = row(r, n);
                for (int want = -1; want < n; want++) {
                    assertThat(Double.doubleToLongBits(readout.categoricalMargin(x, want)))
                            .as("n %d, want %d, row %s", n, want, java.util.Arrays.toString(x))
                            .isEqualTo(Double.doubleToLongBits(oneChain(x, want)));
                }
            }
        }
    }

    @Test
    void aRowReadAtAnOffsetDecodesAndHasTheMarginOfTheSameRowAlone() {
        Random r = new Random(11);
        for (int n = 1; n <= 9; n++) {
            SOpReadout alone = readout(n, 0);
            for (int trial = 0; trial < 500; trial++) {
                double[] x = row(r, n);
                int offset = 1 + r.nextInt(5);
                double[] wide = new double[offset + n + 3];
                java.util.Arrays.fill(wide, 99);
                System.arraycopy(x, 0, wide, offset, n);
                assertThat(alone.decodesByArgmax()).isTrue();
                assertThat(alone.decode(wide, offset)).isEqualTo(alone.decode(x));
                for (int want = -1; want < n; want++) {
                    assertThat(Double.doubleToLongBits(alone.categoricalMargin(wide, offset, want)))
                            .isEqualTo(Double.doubleToLongBits(alone.categoricalMargin(x, want)));
                }
            }
        }
    }

    private static double[] row(Random r, int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) x[j] = r.nextInt(3) == 0 ? AWKWARD[r.nextInt(AWKWARD.length)] : r.nextGaussian();
        return x;
    }

    private static SOpReadout readout(int n, int from) {
        int[] cols = new int[n];
        List<Value> values = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            cols[j] = from + j;
            values.add(IntValue.of(j));
        }
        return new SOpReadout(null, Encoding.CATEGORICAL, cols, values);
    }

    /** The margin as one running maximum over the other entries, in column order. */
    private static double oneChain(double[] x, int want) {
        if (want < 0) return Double.NaN;
        double other = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < x.length; j++) {
            if (j != want) other = Math.max(other, x[j]);
        }
        return other == Double.NEGATIVE_INFINITY ? Double.NaN : x[want] - other;
    }
}
