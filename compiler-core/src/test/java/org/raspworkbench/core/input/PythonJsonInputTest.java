package org.raspworkbench.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.testsupport.Ranges.at;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Inputs read with Python's {@code json.loads} rules, errors at the place Python names (its
 * "line 1 column 3 (char 2)" is our 1:3).
 */
class PythonJsonInputTest {
    private static final CompileSettings NUMBERS = new CompileSettings(List.of(IntValue.of(0), IntValue.of(1),
            FloatValue.of(Double.POSITIVE_INFINITY), FloatValue.of(Double.NEGATIVE_INFINITY), StrValue.of("q")), 4,
            Optional.empty(), false, "BOS", "PAD", 100);

    private static Diagnostic syntaxError(String json) {
        ParsedInput p = InputParser.parse(json, NUMBERS);
        assertThat(p.values()).as(json).isEmpty();
        assertThat(p.errors()).as(json).hasSize(1);
        Diagnostic d = p.errors().get(0);
        assertThat(d.kind()).as(json).isEqualTo(ErrorKind.SYNTAX);
        assertThat(d.message()).as(json).startsWith("the input is not valid JSON");
        return d;
    }

    @Test
    void leadingZerosAreRejectedWhereTheSecondDigitIs() {
        assertThat(at(syntaxError("[01]"))).isEqualTo("1:3-1:4");
        assertThat(at(syntaxError("[1, -01]"))).isEqualTo("1:7-1:8");
        assertThat(InputParser.parse("[0, -0]", NUMBERS).values().orElseThrow())
                .containsExactly(IntValue.of(0), IntValue.of(0));
    }

    @Test
    void aDecimalPointNeedsADigitAfterIt() {
        assertThat(at(syntaxError("[1.]"))).isEqualTo("1:3-1:4");
        assertThat(at(syntaxError("[1.e5]"))).isEqualTo("1:3-1:4");
        syntaxError("[.5]");
        assertThat(at(syntaxError("[-]"))).isEqualTo("1:2-1:3");
        syntaxError("[1e]");
    }

    @Test
    void unknownEscapesAreRejectedAtTheBackslash() {
        Diagnostic d = syntaxError("[\"\\q\"]");
        assertThat(at(d)).isEqualTo("1:3-1:4");
        assertThat(d.message()).contains("\\q");
        assertThat(InputParser.parse("[\"\\u0071\"]", NUMBERS).values().orElseThrow()).containsExactly(StrValue.of("q"));
    }

    @Test
    void unterminatedTextIsRejectedWhereItEnds() {
        assertThat(at(syntaxError("[1, 0"))).isEqualTo("1:6-1:6");
        assertThat(at(syntaxError("[1,\n \"q"))).isEqualTo("2:2-2:4");
        syntaxError("");
        syntaxError("[1] [0]");
    }

    @Test
    void positionsCountLinesAndColumnsWithinTheJson() {
        assertThat(at(syntaxError("[\n  1,\n  01\n]"))).isEqualTo("3:4-3:5");
    }

    @Test
    void largeNumbersReadAsPythonReadsThem() {
        // json.loads('1e400') is inf in Python; NaN, Infinity and -Infinity are its bare tokens
        List<Value> v = InputParser.parse("[1e400, -1e400, Infinity, -Infinity]", NUMBERS).values().orElseThrow();
        assertThat(v).containsExactly(FloatValue.of(Double.POSITIVE_INFINITY), FloatValue.of(Double.NEGATIVE_INFINITY),
                FloatValue.of(Double.POSITIVE_INFINITY), FloatValue.of(Double.NEGATIVE_INFINITY));
        assertThat(v.get(0).typeName()).isEqualTo("float");
        syntaxError("[+Infinity]");
        syntaxError("[INF]");
        assertThat(at(syntaxError("[+1]"))).isEqualTo("1:2-1:3");
    }

    @Test
    void intsBeyondSixtyFourBitsAreALimitAtTheNumber() {
        ParsedInput p = InputParser.parse("[1, 123456789012345678901234567890]", NUMBERS);
        assertThat(p.values()).isEmpty();
        Diagnostic d = p.errors().get(0);
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).contains("123456789012345678901234567890").contains("64");
        assertThat(at(d)).isEqualTo("1:5-1:35");
        assertThat(InputParser.parse("[9223372036854775807]", NUMBERS).errors()).extracting(Diagnostic::message)
                .containsExactly("the token 9223372036854775807 at position 0 is not in the vocab {0, 1, inf, -inf, 'q'}");
    }

    @Test
    void messagesSpeakOfTheInputNotOfTheParser() {
        assertThat(syntaxError("[01]").message()).isEqualTo(
                "the input is not valid JSON at column 3: a number cannot start with 0 followed by digits (write 1, not 01)");
        assertThat(syntaxError("[1.]").message()).isEqualTo(
                "the input is not valid JSON at column 3: a decimal point must be followed by a digit (write 1.0, not 1.)");
        assertThat(syntaxError("[\"\\q\"]").message()).isEqualTo(
                "the input is not valid JSON at column 3: '\\q' is not a JSON escape; a backslash is written '\\\\'");
        assertThat(syntaxError("[1,\n 01]").message()).startsWith("the input is not valid JSON at line 2, column 3: ");
        assertThat(syntaxError("[1, 0").message()).isEqualTo("the input is not valid JSON at column 6: the list is not closed: ']' is missing");
        assertThat(syntaxError("[\"q").message()).isEqualTo("the input is not valid JSON at column 2: the string is not closed");
        assertThat(syntaxError("[1 0]").message()).isEqualTo("the input is not valid JSON at column 4: expected ',' or ']' in the list");
        assertThat(syntaxError("[1,]").message()).startsWith("the input is not valid JSON at column 4: expected a JSON value");
        assertThat(syntaxError("[-]").message()).endsWith("a minus sign must be followed by a digit");
        assertThat(syntaxError("[1e]").message()).endsWith("an exponent needs digits (write 1e5)");
        assertThat(syntaxError("[+1]").message()).endsWith("a number cannot start with '+'");
        Diagnostic word = syntaxError("[tru]");
        assertThat(word.message()).endsWith("'tru' is not a JSON value");
        assertThat(at(word)).isEqualTo("1:2-1:5");
        assertThat(syntaxError("[\"a\u0001\"]").message()).endsWith("a control character in a string must be written as an escape");
        assertThat(syntaxError("[1]\f").message()).endsWith("only spaces, tabs and newlines may come between JSON values");
        assertThat(syntaxError("[1] [0]").message()).endsWith("extra text after the JSON value");
        assertThat(syntaxError("  ").message()).endsWith("the JSON text holds no value");
    }
}
