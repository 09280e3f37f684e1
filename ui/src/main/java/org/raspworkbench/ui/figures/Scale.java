package org.raspworkbench.ui.figures;

import java.awt.Color;

/** How values become colours: a map and the value range it spans (values outside are clamped). */
public record Scale(ColorMap map, double min, double max) {
    /**
     * Below this magnitude a value is float noise (sat3's attention leaves -2.2e-8 where Tracr's
     * arithmetic means 0): it neither chooses a diverging map nor stretches the range. Compiled
     * residual values that mean something are at least 1e-3 (a 1/n mean at n in the hundreds).
     */
    public static final double NOISE = 1e-6;

    public Scale {
        if (!(max > min)) throw new IllegalArgumentException("scale needs max > min, got " + min + ".." + max);
    }

    /**
     * A range that fits the values (noise aside): symmetric around zero for a diverging map; from
     * {@code min(0, smallest)} to at least 1 for a sequential one, so one-hot residuals look the same
     * in every snapshot.
     */
    public static Scale fitting(ColorMap map, double[][]... arrays) {
        double lo = 0;
        double hi = 0;
        for (double[][] a : arrays) {
            for (double[] row : a) {
                for (double v : row) {
                    if (Double.isNaN(v) || Math.abs(v) < NOISE) continue;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (map.kind() == ColorMap.Kind.DIVERGING) {
            double m = Math.max(Math.max(-lo, hi), NOISE);
            return new Scale(map, -m, m);
        }
        return new Scale(map, lo, Math.max(hi, lo + 1));
    }

    /**
     * The colour-blind-safe defaults: RdBu when some value is clearly negative, else viridis; the
     * range fits the values.
     */
    public static Scale automatic(double[][]... arrays) {
        for (double[][] a : arrays) {
            for (double[] row : a) {
                for (double v : row) {
                    if (v <= -NOISE) return fitting(ColorMap.RDBU, arrays);
                }
            }
        }
        return fitting(ColorMap.VIRIDIS, arrays);
    }

    public Scale withMap(ColorMap other) {
        return new Scale(other, min, max);
    }

    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    public Color color(double value) {
        return map.color(fraction(value));
    }
}
