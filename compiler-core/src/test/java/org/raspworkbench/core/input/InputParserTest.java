package org.raspworkbench.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.testsupport.Ranges.at;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

class InputParserTest {
    private static final CompileSettings NUMBERS = new CompileSettings(List.of(IntValue.of(1), IntValue.of(2),
            FloatValue.of(2.5), new TupleValue(List.of(IntValue.of(1), IntValue.of(2)))), 4, Optional.empty(), false,
            "BOS", "PAD", 100);
    private static final CompileSettings LETTERS = new CompileSettings(List.of(StrValue.of("a"), StrValue.of("b")), 3,
            Optional.empty(), false, "BOS", "PAD", 100);

    @Test
    void listsOfNumbersKeepIntsAndFloatsAndMatchWithPythonEquality() {
        ParsedInput p = InputParser.parse(" [1, 2.5, true, 1.0] ", NUMBERS);
        assertThat(p.errors()).isEmpty();
        List<Value> v = p.values().orElseThrow();
        assertThat(v).containsExactly(IntValue.of(1), FloatValue.of(2.5), BoolValue.TRUE, FloatValue.of(1.0));
        assertThat(v.get(0).typeName()).isEqualTo("int");
        assertThat(v.get(2).typeName()).isEqualTo("bool");
        assertThat(InputParser.parse("[[1, 2]]", NUMBERS).values().orElseThrow().get(0).repr()).isEqualTo("(1, 2)");
    }

    @Test
    void aJsonStringMeansItsCharacters() {
        assertThat(InputParser.parse("\"aba\"", LETTERS).values().orElseThrow())
                .containsExactly(StrValue.of("a"), StrValue.of("b"), StrValue.of("a"));
        assertThat(InputParser.parse("[\"a\", \"b\"]", LETTERS).values().orElseThrow()).hasSize(2);
        assertThat(InputParser.parse("[]", LETTERS).values().orElseThrow()).isEmpty();
    }

    @Test
    void tokensOutsideTheVocabAndTooLongInputsAreNamed() {
        ParsedInput p = InputParser.parse("[\"a\", \"c\", \"b\", \"a\"]", LETTERS);
        assertThat(p.values()).isEmpty();
        assertThat(p.errors()).extracting(d -> d.message()).containsExactly(
                "the input has 4 tokens but max_seq_len is 3",
                "the token 'c' at position 1 is not in the vocab {'a', 'b'}");
        assertThat(at(p.errors().get(1))).isEqualTo("1:7-1:10");
        assertThat(p.errors().get(1).kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(InputParser.parse("[3]", NUMBERS).errors().get(0).message())
                .isEqualTo("the token 3 at position 0 is not in the vocab {1, 2, 2.5, (1, 2)}");
    }

    @Test
    void malformedJsonIsASyntaxError() {
        ParsedInput p = InputParser.parse("[1, 2", NUMBERS);
        assertThat(p.errors().get(0).kind()).isEqualTo(ErrorKind.SYNTAX);
        assertThat(p.errors().get(0).message()).startsWith("the input is not valid JSON");
        assertThat(InputParser.parse("{\"a\": 1}", NUMBERS).errors().get(0).message()).contains("JSON object");
        assertThat(InputParser.parse("1", NUMBERS).errors().get(0).kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(InputParser.parse("[1] x", NUMBERS).errors()).hasSize(1);
    }
}
