package org.raspworkbench.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.program;

import java.util.List;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** {@code set example} is checked by the same rules as {@code --input} and the IDE's input field. */
class ExampleInputTest {
    private static final String LETTERS = "set vocab [\"a\", \"b\"];\nset max_seq_len 4;\n";

    @Test
    void anExampleMayEndWithPadAsAnInputMay() {
        CompileSettings s = program(LETTERS + "set example [\"a\", \"b\", \"PAD\"];\noutput tokens;").settings();
        List<Value> example = s.example().orElseThrow();
        assertThat(example).containsExactly(StrValue.of("a"), StrValue.of("b"), StrValue.of("PAD"));
        assertThat(InputParser.parse("[\"a\", \"b\", \"PAD\"]", s).values().orElseThrow()).isEqualTo(example);
        CompileSettings custom = program(LETTERS + "set pad \"_\";\nset example \"ab__\";\noutput tokens;").settings();
        assertThat(custom.example().orElseThrow()).hasSize(4);
    }

    @Test
    void padBeforeARealTokenIsTheSameErrorAsInAnInput() {
        Diagnostic d = error(LETTERS + "set example [\"a\", \"PAD\", \"b\"];\noutput tokens;");
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(d.message()).isEqualTo("the example does not fit: the padding token 'PAD' at position 1 is "
                + "followed by other tokens; PAD may only come at the end of the input");
        assertThat(at(d)).as("at the PAD inside the example").isEqualTo("3:19-3:24");
    }

    @Test
    void theExampleReportsEveryProblemAsAnInputDoes() {
        List<Diagnostic> ds = Programs.errors(LETTERS + "set example [\"a\", \"c\", \"b\", \"a\", \"a\"];\noutput tokens;");
        assertThat(ds).extracting(Diagnostic::message).containsExactly(
                "the example does not fit: the input has 5 tokens but max_seq_len is 4",
                "the example does not fit: the token 'c' at position 1 is not in the vocab {'a', 'b'}");
        assertThat(at(ds.get(1))).as("at the token inside the example").isEqualTo("3:19-3:22");
        assertThat(at(ds.get(0))).as("the whole example").isEqualTo("3:13-3:38");
        // a string example is one literal: its characters have no ranges of their own
        assertThat(at(error(LETTERS + "set example \"acb\";\noutput tokens;"))).isEqualTo("3:13-3:18");
    }

    @Test
    void aLeadingZeroIsRejectedAtItsPlaceAsPythonDoes() {
        Diagnostic d = error("set vocab [0, 1];\nset max_seq_len 4;\nset example [1, 01];\noutput tokens;");
        assertThat(d.kind()).isEqualTo(ErrorKind.SYNTAX);
        assertThat(d.message()).contains("leading zeros");
        assertThat(at(d)).isEqualTo("3:17-3:19");
        // Python allows a zero written with several zeros
        assertThat(program("set vocab [0, 1];\nset max_seq_len 4;\nset example [00, 1];\noutput tokens;").settings()
                .example()).isPresent();
    }
}
