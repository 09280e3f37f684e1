package org.raspworkbench.core.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
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
 * JSON text as Python values, by the rules of Python's {@code json.loads}: ints stay ints, floats
 * floats ({@code 1e400} is {@code inf}, as in Python), {@code NaN}, {@code Infinity} and
 * {@code -Infinity} are floats, nested arrays are tuples; {@code 01}, {@code 1.}, unknown escapes
 * and text after the value are errors. Objects are refused (no token is a dict), and an int beyond
 * 64 bits is a limit of this tool where Python would hold it. Jackson's streaming parser does the
 * reading and gives the places: every error and every element of the outer array has its range
 * in the JSON text.
 */
public final class InputJson {
    /** What reading gave: the value, or the one error that stopped it. */
    public sealed interface Read permits Parsed, Failed {
    }

    /** @param elementRanges where each element of an outer array was written; empty otherwise */
    public record Parsed(Value value, SourceRange range, List<SourceRange> elementRanges) implements Read {
        public Parsed {
            elementRanges = List.copyOf(elementRanges);
        }
    }

    public record Failed(Diagnostic error) implements Read {
    }

    /** Python's own spellings; Jackson also takes {@code +Infinity} and {@code INF}, Python does not. */
    private static final Set<String> PYTHON_NON_FINITE = Set.of("NaN", "Infinity", "-Infinity");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** An error found while reading, with its place. */
    private static final class Stop extends Exception {
        final transient Diagnostic diagnostic;

        Stop(Diagnostic diagnostic) {
            super(null, null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    private final String text;
    private final SourceText source;
    private final JsonParser parser;

    private InputJson(String text, JsonParser parser) {
        this.text = text;
        this.source = new SourceText(text);
        this.parser = parser;
    }

    public static Read read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            InputJson reader = new InputJson(text, p);
            try {
                return reader.document();
            } catch (StreamConstraintsException e) {
                return new Failed(Diagnostic.error(ErrorKind.LIMIT, "the input is too large to read: "
                        + e.getOriginalMessage(), reader.at(e.getLocation())));
            } catch (JsonProcessingException e) {
                return new Failed(reader.syntaxError(e));
            } catch (Stop s) {
                return new Failed(s.diagnostic);
            }
        } catch (IOException e) {
            // reading a String does no I/O; anything else is our bug
            throw new UncheckedIOException(e);
        }
    }

    private Read document() throws IOException, Stop {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new Stop(syntax("the JSON text holds no value", source.range(text.length(), text.length())));
        }
        int start = startOfToken();
        List<SourceRange> elements = new ArrayList<>();
        Value v = value(first, elements);
        SourceRange range = source.range(start, endOfToken());
        if (parser.nextToken() != null) {
            int extra = startOfToken();
            throw new Stop(syntax("extra text after the JSON value", source.range(extra, extra + 1)));
        }
        return new Parsed(v, range, elements);
    }

    /** The value whose first token is {@code t}; the element ranges of an outer array go to {@code elements}. */
    private Value value(JsonToken t, List<SourceRange> elements) throws IOException, Stop {
        switch (t) {
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    int start = startOfToken();
                    items.add(value(next, null));
                    if (elements != null) elements.add(source.range(start, endOfToken()));
                }
                return new TupleValue(items);
            }
            case START_OBJECT -> {
                int start = startOfToken();
                throw new Stop(Diagnostic.error(ErrorKind.TYPE, "an input token cannot be a JSON object",
                        source.range(start, start + 1)));
            }
            case VALUE_STRING -> {
                return StrValue.of(parser.getText());
            }
            case VALUE_TRUE -> {
                return BoolValue.TRUE;
            }
            case VALUE_FALSE -> {
                return BoolValue.FALSE;
            }
            case VALUE_NULL -> {
                return NoneValue.NONE;
            }
            case VALUE_NUMBER_INT -> {
                return integer();
            }
            case VALUE_NUMBER_FLOAT -> {
                return floating();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t);
        }
    }

    private Value integer() throws IOException, Stop {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new Stop(Diagnostic.error(ErrorKind.LIMIT, "the int " + parser.getText()
                    + " does not fit in 64 bits, the size of ints in this language (Python's are unbounded)",
                    source.range(startOfToken(), endOfToken())));
        }
        return IntValue.of(parser.getLongValue());
    }

    private Value floating() throws IOException, Stop {
        String written = parser.getText();
        char c = written.charAt(0);
        boolean finiteSyntax = c == '-' ? written.length() > 1 && Character.isDigit(written.charAt(1))
                : Character.isDigit(c);
        if (finiteSyntax) return FloatValue.of(Double.parseDouble(written));
        if (!PYTHON_NON_FINITE.contains(written)) {
            throw new Stop(syntax("'" + written + "' is not a JSON value; Python writes NaN, Infinity and -Infinity",
                    source.range(startOfToken(), endOfToken())));
        }
        return FloatValue.of(written.equals("NaN") ? Double.NaN
                : written.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }

    private int startOfToken() {
        return offset(parser.currentTokenLocation());
    }

    /** Just past the current token; a string's text is read first, since Jackson reads it lazily. */
    private int endOfToken() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) parser.getText();
        return offset(parser.currentLocation());
    }

    private int offset(JsonLocation l) {
        long o = l.getCharOffset();
        return (int) Math.max(0, Math.min(o, text.length()));
    }

    private SourceRange at(JsonLocation l) {
        int o = offset(l);
        return source.range(o, Math.min(o + 1, text.length()));
    }

    /**
     * Jackson's error, placed where Python's {@code json} would place it: an unknown escape at its
     * backslash, a lone sign at the sign, an unclosed string from its opening quote, an unknown word
     * over the whole word.
     */
    private Diagnostic syntaxError(JsonProcessingException e) {
        String jackson = e.getOriginalMessage();
        int o = offset(e.getLocation());
        SourceRange range = source.range(o, Math.min(o + 1, text.length()));
        String word = JsonErrorMessages.unrecognizedToken(jackson);
        if (word != null && o >= word.length() && text.startsWith(word, o - word.length())) {
            range = source.range(o - word.length(), o);
        } else if (jackson.startsWith("Unrecognized character escape") && o > 0 && text.charAt(o - 1) == '\\') {
            range = source.range(o - 1, o);
        } else if ((jackson.contains("minus sign") || jackson.contains("plus signs")) && o > 0
                && (text.charAt(o - 1) == '-' || text.charAt(o - 1) == '+')) {
            range = source.range(o - 1, o);
        } else if (jackson.contains("closing quote") && parser.currentToken() == JsonToken.VALUE_STRING) {
            range = source.range(startOfToken(), text.length());
        }
        return syntax(JsonErrorMessages.of(jackson), range);
    }

    /** The place is in the message too, as Python's are: the IDE's one-line input field shows no underline. */
    private Diagnostic syntax(String message, SourceRange range) {
        String where = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? "column " + range.start().column()
                : "line " + range.start().line() + ", column " + range.start().column();
        return Diagnostic.error(ErrorKind.SYNTAX, "the input is not valid JSON at " + where + ": " + message, range);
    }
}
