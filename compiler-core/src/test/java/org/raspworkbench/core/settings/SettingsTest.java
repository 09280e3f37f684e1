package org.raspworkbench.core.settings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.errors;
import static org.raspworkbench.core.program.Programs.program;

/** The settings table: values, defaults and validation. */
class SettingsTest {
    private static CompileSettings settings(String sets) {
        return program(sets + "\noutput tokens;").settings();
    }

    @Test
    void defaults() {
        CompileSettings s = settings("set vocab [1, 2];\nset max_seq_len 4;");
        assertThat(s.vocab()).containsExactly(IntValue.of(1), IntValue.of(2));
        assertThat(s.maxSeqLen()).isEqualTo(4);
        assertThat(s.example()).isEmpty();
        assertThat(s.causal()).isFalse();
        assertThat(s.bos()).isEqualTo("BOS");
        assertThat(s.pad()).isEqualTo("PAD");
        assertThat(s.mlpExactness()).isEqualTo(100.0);
    }

    @Test
    void everySetting() {
        CompileSettings s = settings("n = 3;\nset vocab {'a', 'b', 'a'};\nset max_seq_len n + 1;\nset example \"ab\";\n"
                + "set causal True;\nset bos \"<s>\";\nset pad \"_\";\nset mlp_exactness 50.5;");
        assertThat(s.vocab()).containsExactly(StrValue.of("a"), StrValue.of("b"));
        assertThat(s.maxSeqLen()).isEqualTo(4);
        assertThat(s.example().orElseThrow()).containsExactly(StrValue.of("a"), StrValue.of("b"));
        assertThat(s.causal()).isTrue();
        assertThat(s.bos()).isEqualTo("<s>");
        assertThat(s.pad()).isEqualTo("_");
        assertThat(s.mlpExactness()).isEqualTo(50.5);
    }

    @Test
    void aStringVocabMeansItsCharactersAndValuesCollapseWithPythonEquality() {
        assertThat(settings("set vocab \"hello\";\nset max_seq_len 2;").vocab()).extracting(Value::repr)
                .containsExactly("'h'", "'e'", "'l'", "'o'");
        assertThat(settings("set vocab [1, 1.0, True, 2.5];\nset max_seq_len 2;").vocab())
                .containsExactly(IntValue.of(1), FloatValue.of(2.5));
        assertThat(settings("set vocab range(3);\nset max_seq_len 2;").vocab()).hasSize(3);
    }

    @Test
    void theExampleMustFit() {
        Diagnostic d = error("set vocab [1, 2];\nset max_seq_len 2;\nset example [1, 3];\noutput tokens;");
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(d.message()).isEqualTo("the example does not fit: the token 3 at position 1 is not in the vocab {1, 2}");
        assertThat(at(d)).as("at the token, inside the example").isEqualTo("3:17-3:18");
        assertThat(error("set vocab [1, 2];\nset max_seq_len 2;\nset example [1, 1, 1];\noutput tokens;").message())
                .isEqualTo("the example does not fit: the input has 3 tokens but max_seq_len is 2");
        // Python equality: the example's 1.0 is the vocab's 1.
        program("set vocab [1, 2];\nset max_seq_len 2;\nset example [1.0, True];\noutput tokens;");
    }

    @Test
    void invalidValuesAreReportedTogether() {
        List<Diagnostic> ds = errors("set vocab [];\nset max_seq_len 0;\nset causal 1;\nset bos 3;\nset pad \"\";\n"
                + "set mlp_exactness -1;\nset example 5;\noutput tokens;");
        assertThat(ds).extracting(Diagnostic::message).containsExactly(
                "the vocab must not be empty",
                "max_seq_len must be at least 1, not 0",
                "causal must be True or False, not an int",
                "bos must be a string, not an int",
                "pad must not be an empty string",
                "mlp_exactness must be a positive number, not -1",
                "the example must be a list or a string, not an int");
        assertThat(at(ds.get(1))).isEqualTo("2:17-2:18");
        assertThat(error("set vocab [1, None];\nset max_seq_len 2;\noutput tokens;").message())
                .isEqualTo("vocab tokens must be numbers, strings or tuples; None is a NoneType");
        assertThat(error("set vocab [1];\nset max_seq_len 2.0;\noutput tokens;").kind()).isEqualTo(ErrorKind.TYPE);
    }

    @Test
    void requiredSettingsAndSpecialTokens() {
        Diagnostic vocab = errors("set max_seq_len 3;\noutput tokens;").get(0);
        assertThat(vocab.message()).startsWith("the program must set its vocab");
        assertThat(at(vocab)).isEqualTo("1:1-1:1");
        assertThat(error("set vocab [1];\noutput tokens;").message()).startsWith("the program must set max_seq_len");
        Diagnostic bos = error("set vocab [\"BOS\", \"a\"];\nset max_seq_len 3;\noutput tokens;");
        assertThat(bos.message()).isEqualTo("the vocab contains 'BOS', the bos token; choose another with set bos");
        assertThat(at(bos)).isEqualTo("1:11-1:23");
        assertThat(error("set vocab [1];\nset max_seq_len 3;\nset bos \"X\";\nset pad \"X\";\noutput tokens;").message())
                .isEqualTo("bos and pad must be different tokens");
    }
}
