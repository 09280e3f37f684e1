package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;

/** Python string tokens: prefixes ({@code r f b u}), triple quotes, escapes and f-string fields. */
final class PythonStrings {
    private PythonStrings() {
    }

    /**
     * A string token taken apart: its body between the quotes, where that body starts in the
     * token, and its value (escapes resolved) when it is not an f-string.
     */
    record Parsed(String body, int bodyOffset, boolean raw, boolean formatted, String value, SourceRange range) {
    }

    /** Parses an f-string field's expression text starting at char {@code at} of the parsed text. */
    interface FieldParser {
        Expr parse(String source, int at);
    }

    static Parsed parse(String token, SourceRange range) {
        int q = 0;
        while (q < token.length() && token.charAt(q) != '"' && token.charAt(q) != '\'') q++;
        String prefix = token.substring(0, q).toLowerCase(Locale.ROOT);
        if (prefix.contains("b")) {
            throw PythonAstBuilder.unsupported("bytes literals are not supported; write a str", range);
        }
        boolean triple = token.startsWith("\"\"\"", q) || token.startsWith("'''", q);
        int quote = triple ? 3 : 1;
        String body = token.substring(q + quote, token.length() - quote);
        boolean raw = prefix.contains("r");
        boolean formatted = prefix.contains("f");
        return new Parsed(body, q + quote, raw, formatted, formatted ? null : raw ? body : unescape(body), range);
    }

    /** The parts of an f-string whose body starts at char {@code bodyStart} of the parsed text. */
    static List<Expr.FStringPart> fields(Parsed s, int bodyStart, FieldParser parser,
                                         PythonAstBuilder.PythonRanges ranges) {
        List<Expr.FStringPart> parts = new ArrayList<>();
        String body = s.body();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < body.length() && body.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw new RaspException(ErrorKind.SYNTAX, "f-string: single '}' is not allowed",
                        ranges.chars(bodyStart + i, bodyStart + i + 1));
            } else if (c == '{') {
                if (literal.length() > 0) {
                    parts.add(text(literal.toString(), s.raw()));
                    literal.setLength(0);
                }
                i = field(body, i, bodyStart, parser, ranges, parts);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) parts.add(text(literal.toString(), s.raw()));
        return parts;
    }

    private static Expr.FStringPart text(String literal, boolean raw) {
        return new Expr.FStringPart.Text(raw ? literal : unescape(literal));
    }

    /** Reads the field opened at {@code open}; returns the index after its closing brace. */
    private static int field(String body, int open, int bodyStart, FieldParser parser,
                             PythonAstBuilder.PythonRanges ranges, List<Expr.FStringPart> parts) {
        int depth = 0;
        char inString = 0;
        int conversionAt = -1;
        int specAt = -1;
        int i = open + 1;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString != 0) {
                if (c == inString) inString = 0;
                continue;
            }
            if (specAt >= 0) {
                if (c == '}') break;
                continue;
            }
            if (c == '\'' || c == '"') {
                inString = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == '}') {
                break;
            } else if (depth == 0 && c == '!' && i + 1 < body.length() && body.charAt(i + 1) != '=') {
                conversionAt = i;
            } else if (depth == 0 && c == ':') {
                specAt = i;
            }
        }
        SourceRange whole = ranges.chars(bodyStart + open, bodyStart + Math.min(i + 1, body.length()));
        if (i >= body.length()) throw new RaspException(ErrorKind.SYNTAX, "f-string: expecting '}'", whole);
        int exprEnd = conversionAt >= 0 ? conversionAt : specAt >= 0 ? specAt : i;
        String source = body.substring(open + 1, exprEnd);
        if (source.isBlank()) throw new RaspException(ErrorKind.SYNTAX, "f-string: empty expression not allowed", whole);
        char conversion = 0;
        if (conversionAt >= 0) {
            String conv = body.substring(conversionAt + 1, specAt >= 0 ? specAt : i);
            if (!conv.equals("r") && !conv.equals("s")) {
                throw PythonAstBuilder.unsupported("f-string conversion '!" + conv + "' is not supported; use !r or "
                        + "!s", whole);
            }
            conversion = conv.charAt(0);
        }
        String spec = specAt >= 0 ? body.substring(specAt + 1, i) : "";
        if (spec.indexOf('{') >= 0) {
            throw PythonAstBuilder.unsupported("nested fields in an f-string's format spec are not supported", whole);
        }
        Expr value = parser.parse(source, bodyStart + open + 1);
        parts.add(new Expr.FStringPart.Field(value, conversion, spec, whole));
        return i + 1;
    }

    /** Python's escapes; an unknown one keeps its backslash, and a backslash-newline joins lines. */
    static String unescape(String body) {
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
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '\n') i++;
                }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'x' -> i = hex(body, i, 2, sb);
                case 'u' -> i = hex(body, i, 4, sb);
                case 'U' -> i = hex(body, i, 8, sb);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        sb.append((char) Integer.parseInt(body.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String body, int at, int digits, StringBuilder sb) {
        if (at + digits < body.length()) {
            String h = body.substring(at + 1, at + 1 + digits);
            if (h.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                sb.appendCodePoint(Integer.parseInt(h, 16));
                return at + digits;
            }
        }
        sb.append('\\').append(body.charAt(at));
        return at;
    }
}
