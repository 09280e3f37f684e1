package org.raspworkbench.ui.views.data;

import java.util.Locale;
import java.util.Optional;
import org.raspworkbench.core.value.Value;

/** How the views print values and residual numbers: short, and the same everywhere. */
public final class ValueText {
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

    /** The program's value; {@code None} where nothing was selected, a dash where it has none. */
    public static String expected(Optional<Value> v) {
        return v.map(Value::str).orElse("\u2014");
    }
}
