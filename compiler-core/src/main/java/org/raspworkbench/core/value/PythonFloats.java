package org.raspworkbench.core.value;

import java.math.BigDecimal;
import java.util.Locale;

/** Python's {@code repr(float)}: the shortest text that reads back as the same double. */
public final class PythonFloats {
    private PythonFloats() {
    }

    public static String repr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        String digits = shortestDigits(Math.abs(v));
        BigDecimal bd = new BigDecimal(digits);
        // Python switches to exponent form when the decimal exponent is < -4 or >= 16.
        int exponent = bd.precision() - bd.scale() - 1;
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String unscaled = bd.unscaledValue().toString();
            String mantissa = unscaled.length() == 1 ? unscaled
                    : unscaled.charAt(0) + "." + stripZeros(unscaled.substring(1));
            if (mantissa.endsWith(".")) mantissa = mantissa.substring(0, mantissa.length() - 1);
            String exp = String.format(Locale.ROOT, "%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
            return sign + mantissa + "e" + exp;
        }
        String plain = bd.toPlainString();
        if (!plain.contains(".")) plain = plain + ".0";
        return sign + plain;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') end--;
        return s.substring(0, end);
    }

    /** Shortest decimal (as BigDecimal text) that parses back to {@code v}; v is positive. */
    private static String shortestDigits(double v) {
        for (int precision = 1; precision <= 17; precision++) {
            String s = String.format(Locale.ROOT, "%." + (precision - 1) + "e", v);
            if (Double.parseDouble(s) == v) {
                return new BigDecimal(s).stripTrailingZeros().toString();
            }
        }
        return new BigDecimal(v).stripTrailingZeros().toString();
    }
}
