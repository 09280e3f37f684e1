package org.raspworkbench.ui.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The values marked on a colour bar and how they print. */
final class Ticks {
    private Ticks() {
    }

    /** Five evenly spaced values from min to max (zero is the middle one for a symmetric range). */
    static double[] of(Scale scale) {
        double[] t = new double[5];
        for (int i = 0; i < 5; i++) t[i] = scale.min() + (scale.max() - scale.min()) * i / 4.0;
        return t;
    }

    /** At most three decimals, no trailing zeros: {@code 1}, {@code 0.5}, {@code -2.25}. */
    static String format(double v) {
        if (Math.abs(v) < 1e-12) return "0";
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static String[] labels(Scale scale) {
        double[] t = of(scale);
        String[] s = new String[t.length];
        for (int i = 0; i < t.length; i++) s[i] = format(t[i]);
        return s;
    }
}
