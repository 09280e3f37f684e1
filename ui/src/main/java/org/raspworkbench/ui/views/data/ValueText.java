package org.raspworkbench.ui.views.data;

import java.util.Locale;
import java.util.Optional;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.Value;

/** How the views print values and residual numbers: short, and the same everywhere. */
public final class ValueText {
    /** Shown where a categorical S-op has none of its directions on. */
    public static final String NOTHING_ON = "\u2205";

    private ValueText() {
    }

    /** A residual number: whole numbers bare, others with at most three decimals. */
    public static String number(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Math.abs(x - Math.rint(x)) < 5e-4) return Long.toString(Math.round(x));
        String s = String.format(Locale.ROOT, "%.3f", x);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A decoded value: a float read off a numerical direction prints as a residual number. */
    public static String decoded(Optional<Value> v) {
        if (v.isEmpty()) return NOTHING_ON;
        if (v.get() instanceof FloatValue f) return number(f.value());
        return v.get().str();
    }

    /** The program's value; {@code None} where nothing was selected, a dash where it has none. */
    public static String expected(Optional<Value> v) {
        return v.map(Value::str).orElse("\u2014");
    }
}
