package org.raspworkbench.core.interpreter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The part of Python's format-spec mini-language that f-strings in RASP programs use:
 * {@code [[fill]align][width][.precision][type]} with the types {@code d}, {@code f}, {@code %},
 * {@code s} and none. Anything else is a {@code value} error naming the spec.
 */
final class Formats {
    private static final Pattern SPEC = Pattern.compile("(?:(.)?([<>^]))?(0)?(\\d+)?(?:\\.(\\d+))?([dfs%])?");

    private Formats() {
    }

    static String format(Value v, String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) throw PythonError.value("the format spec '" + spec + "' is not supported here");
        String fill = m.group(1) != null ? m.group(1) : m.group(3) != null ? "0" : " ";
        char align = m.group(2) != null ? m.group(2).charAt(0) : v instanceof NumericValue ? '>' : '<';
        int width = m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
        Integer precision = m.group(5) != null ? Integer.valueOf(m.group(5)) : null;
        char type = m.group(6) != null ? m.group(6).charAt(0) : 0;
        String body = body(v, type, precision, spec);
        if (body.length() >= width) return body;
        int pad = width - body.length();
        return switch (align) {
            case '<' -> body + fill.repeat(pad);
            case '^' -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            default -> fill.repeat(pad) + body;
        };
    }

    private static String body(Value v, char type, Integer precision, String spec) {
        switch (type) {
            case 'd':
                if (v instanceof IntValue || v instanceof BoolValue) return Long.toString(((NumericValue) v).asLong());
                throw PythonError.value("Unknown format code 'd' for object of type '" + v.typeName() + "'");
            case 'f':
            case '%': {
                if (!(v instanceof NumericValue n)) {
                    throw PythonError.value("Unknown format code '" + type + "' for object of type '" + v.typeName() + "'");
                }
                double x = n.asDouble() * (type == '%' ? 100 : 1);
                int digits = precision == null ? 6 : precision;
                String s = Double.isFinite(x) ? new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString()
                        : Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
                return type == '%' ? s + "%" : s;
            }
            case 's':
                if (!(v instanceof StrValue)) {
                    throw PythonError.value("Unknown format code 's' for object of type '" + v.typeName() + "'");
                }
                return precision == null ? v.str() : v.str().substring(0, Math.min(precision, v.str().length()));
            default:
                if (precision != null && v instanceof FloatValue f) {
                    throw PythonError.value("the format spec '" + spec + "' is not supported here; write '." + precision
                            + "f'");
                }
                return v.str();
        }
    }
}
