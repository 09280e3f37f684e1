package org.raspworkbench.ui.figures;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A length on paper, in millimetres or inches, as a journal states column widths. */
public record Length(double value, Unit unit) {
    public enum Unit {
        MM(1 / 25.4), IN(1);

        private final double inches;

        Unit(double inches) {
            this.inches = inches;
        }

        public String symbol() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern TEXT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(mm|in)\\s*",
            Pattern.CASE_INSENSITIVE);

    public Length {
        if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException("a length must be positive, not " + value);
    }

    public static Length mm(double value) {
        return new Length(value, Unit.MM);
    }

    public static Length inches(double value) {
        return new Length(value, Unit.IN);
    }

    public double toInches() {
        return value * unit.inches;
    }

    /** {@code 85mm}, {@code 3.5in}, {@code 85 mm}; empty for anything else (or zero). */
    public static Optional<Length> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) return Optional.empty();
        double v = Double.parseDouble(m.group(1));
        if (!(v > 0)) return Optional.empty();
        return Optional.of(new Length(v, Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT))));
    }

    @Override
    public String toString() {
        String v = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        return v + " " + unit.symbol();
    }
}
