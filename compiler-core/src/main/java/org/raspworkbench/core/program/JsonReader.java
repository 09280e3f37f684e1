package org.raspworkbench.core.program;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SourceText;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * A small JSON reader for inputs: numbers (ints stay ints), strings, booleans, null and arrays
 * (nested arrays become tuples). Objects are refused: no token is a dict. Remembers where each
 * element of the outer array was written, so errors can point at it.
 */
final class JsonReader {
    /** A syntax problem in the JSON text, with where it is. */
    static final class Failure extends RuntimeException {
        final SourceRange range;

        Failure(String message, SourceRange range) {
            super(message, null, false, false);
            this.range = range;
        }
    }

    record Parsed(Value value, SourceRange range, List<SourceRange> elementRanges) {
    }

    private final String text;
    private final SourceText source;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
        this.source = new SourceText(text);
    }

    static Parsed read(String text) {
        JsonReader r = new JsonReader(text);
        r.skipSpace();
        int start = r.pos;
        List<SourceRange> elements = new ArrayList<>();
        Value v = r.value(elements);
        SourceRange range = r.source.range(start, r.pos);
        r.skipSpace();
        if (r.pos < text.length()) throw r.fail("unexpected text after the JSON value");
        return new Parsed(v, range, elements);
    }

    private Value value(List<SourceRange> elementRanges) {
        if (pos >= text.length()) throw fail("the JSON text ends where a value was expected");
        char c = text.charAt(pos);
        if (c == '[') return array(elementRanges);
        if (c == '"') return StrValue.of(string());
        if (c == '{') throw fail("an input token cannot be a JSON object");
        if (text.startsWith("true", pos)) return literal("true", BoolValue.TRUE);
        if (text.startsWith("false", pos)) return literal("false", BoolValue.FALSE);
        if (text.startsWith("null", pos)) return literal("null", NoneValue.NONE);
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw fail("expected a JSON value");
    }

    private Value literal(String word, Value v) {
        pos += word.length();
        return v;
    }

    private Value array(List<SourceRange> elementRanges) {
        pos++;
        List<Value> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new TupleValue(items);
        }
        while (true) {
            skipSpace();
            int start = pos;
            items.add(value(null));
            if (elementRanges != null) elementRanges.add(source.range(start, pos));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') return new TupleValue(items);
            if (c != ',') {
                pos--;
                throw fail("expected ',' or ']' in the JSON list");
            }
        }
    }

    private String string() {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) break;
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw fail("a \\u escape needs four hex digits");
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw fail("a \\u escape needs four hex digits");
                    }
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
        pos = start;
        throw fail("the JSON string is not closed");
    }

    private Value number() {
        int start = pos;
        if (peek() == '-') pos++;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        boolean isFloat = false;
        if (peek() == '.') {
            isFloat = true;
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            isFloat = true;
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        }
        String s = text.substring(start, pos);
        try {
            return isFloat ? FloatValue.of(Double.parseDouble(s)) : IntValue.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            pos = start;
            throw fail("'" + s + "' is not a number this language can hold");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private Failure fail(String message) {
        return new Failure(message, source.range(pos, Math.min(pos + 1, text.length())));
    }
}
