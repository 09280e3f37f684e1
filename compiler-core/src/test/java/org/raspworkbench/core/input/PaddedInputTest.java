package org.raspworkbench.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.testsupport.Ranges.at;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.StrValue;

/** Inputs that end with PAD tokens, as Tracr's compiled model takes them. */
class PaddedInputTest {
    private static final CompileSettings LETTERS = new CompileSettings(List.of(StrValue.of("a"), StrValue.of("b")), 4,
            Optional.empty(), false, "BOS", "PAD", 100);

    @Test
    void trailingPadTokensAreAccepted() {
        ParsedInput p = InputParser.parse("[\"a\", \"b\", \"PAD\", \"PAD\"]", LETTERS);
        assertThat(p.errors()).isEmpty();
        assertThat(p.values().orElseThrow()).containsExactly(StrValue.of("a"), StrValue.of("b"), StrValue.of("PAD"),
                StrValue.of("PAD"));
        assertThat(InputParser.parse("[\"PAD\"]", LETTERS).values().orElseThrow()).containsExactly(StrValue.of("PAD"));
    }

    @Test
    void theProgramsOwnPadNameIsThePadToken() {
        CompileSettings custom = new CompileSettings(LETTERS.vocab(), 4, Optional.empty(), false, "BOS", "<pad>", 100);
        assertThat(InputParser.parse("[\"a\", \"<pad>\"]", custom).errors()).isEmpty();
        assertThat(InputParser.parse("[\"a\", \"PAD\"]", custom).errors()).extracting(d -> d.message())
                .containsExactly("the token 'PAD' at position 1 is not in the vocab {'a', 'b'}");
    }

    @Test
    void padInTheMiddleIsAnErrorAtThatToken() {
        ParsedInput p = InputParser.parse("[\"a\", \"PAD\", \"b\"]", LETTERS);
        assertThat(p.values()).isEmpty();
        assertThat(p.errors()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
            assertThat(d.message()).isEqualTo("the padding token 'PAD' at position 1 is followed by other tokens; "
                    + "PAD may only come at the end of the input");
            assertThat(at(d)).isEqualTo("1:7-1:12");
        });
    }

    @Test
    void padTokensCountTowardsMaxSeqLen() {
        ParsedInput p = InputParser.parse("[\"a\", \"PAD\", \"PAD\", \"PAD\", \"PAD\"]", LETTERS);
        assertThat(p.errors()).extracting(d -> d.message()).containsExactly("the input has 5 tokens but max_seq_len is 4");
    }
}
