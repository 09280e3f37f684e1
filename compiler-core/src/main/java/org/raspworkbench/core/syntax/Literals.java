package org.raspworkbench.core.syntax;

import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;

/** The values of number and string literals, read as Python reads them. */
final class Literals {
    private Literals() {
    }

    static NumericValue number(String text, SourceRange range) {
        boolean isFloat = text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        if (isFloat) return FloatValue.of(Double.parseDouble(text));
        if (text.length() > 1 && text.charAt(0) == '0' && text.chars().anyMatch(c -> c != '0')) {
            // Python's rule: 00 is zero, but 01 is an error (it was octal in Python 2)
            throw new RaspException(ErrorKind.SYNTAX, "leading zeros in decimal integer literals are not permitted: "
                    + "write " + text.replaceFirst("^0+", "") + ", not " + text, range);
        }
        try {
            return IntValue.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new RaspException(ErrorKind.LIMIT, "the number " + text
                    + " is too large: ints in this language fit in 64 bits", range);
        }
    }

    /** The value of a quoted string token, escapes resolved; an unknown escape keeps its backslash. */
    static String string(String token) {
        String body = token.substring(1, token.length() - 1);
        if (body.indexOf('\\') < 0) return body;
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'x' -> i = hex(body, i, 2, sb);
                case 'u' -> i = hex(body, i, 4, sb);
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    /** Appends the char of the {@code digits} hex digits after index {@code at}; keeps the text if malformed. */
    private static int hex(String body, int at, int digits, StringBuilder sb) {
        if (at + digits < body.length()) {
            String h = body.substring(at + 1, at + 1 + digits);
            if (h.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                sb.append((char) Integer.parseInt(h, 16));
                return at + digits;
            }
        }
        sb.append('\\').append(body.charAt(at));
        return at;
    }
}
