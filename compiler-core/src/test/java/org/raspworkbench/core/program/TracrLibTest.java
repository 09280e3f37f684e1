package org.raspworkbench.core.program;

import org.raspworkbench.core.input.InputParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's own library programs (compiler/lib.py), transcribed into the language, give the outputs
 * their docstrings promise.
 */
class TracrLibTest {
    private static String lib;

    @BeforeAll
    static void readLib() throws IOException {
        try (InputStream in = TracrLibTest.class.getResourceAsStream("/tracr/lib.rasp")) {
            lib = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String run(String settings, String body, String input) {
        RaspProgram p = Programs.program(settings + "\n" + lib + "\n" + body);
        List<Value> tokens = InputParser.parse(input, p.settings()).values().orElseThrow();
        Evaluation e = Evaluator.evaluate(p, tokens);
        assertThat(e.diagnostics()).isEmpty();
        List<String> out = new ArrayList<>();
        for (Value v : e.output()) out.add(v.repr());
        return String.join(" ", out);
    }

    private static final String LETTERS = "set vocab \"abcdehlo(){}\";\nset max_seq_len 10;";
    private static final String NUMBERS = "set vocab [1, 2, 3, 4, 5];\nset max_seq_len 5;";

    @Test
    void length() {
        assertThat(run(LETTERS, "output make_length();", "\"abcdeh\"")).isEqualTo("6 6 6 6 6 6");
    }

    @Test
    void reverse() {
        assertThat(run(LETTERS, "output make_reverse(tokens);", "\"hello\"")).isEqualTo("'o' 'l' 'l' 'e' 'h'");
    }

    @Test
    void fracPrevs() {
        assertThat(run(LETTERS, "output make_frac_prevs(tokens == \"l\");", "\"hello\""))
                .isEqualTo("False 0.0 0.3333333333333333 0.5 0.4");
    }

    @Test
    void pairBalance() {
        assertThat(run(LETTERS, "output make_pair_balance(tokens, \"(\", \")\");", "\"a()b(c))\""))
                .isEqualTo("0 0.5 0.0 0.0 0.2 0.16666666666666666 0.0 -0.125");
    }

    @Test
    void shuffleDyck() {
        String body = "output make_shuffle_dyck([\"()\", \"{}\"]);";
        assertThat(run(LETTERS, body, "\"({)}\"")).isEqualTo("True True True True");
        assertThat(run(LETTERS, body, "\"(){)}\"")).isEqualTo("False False False False False");
    }

    @Test
    void hist() {
        assertThat(run(LETTERS, "output make_hist();", "\"abac\"")).isEqualTo("2 1 2 1");
    }

    @Test
    void sorts() {
        assertThat(run(NUMBERS, "output make_sort_unique(tokens, tokens);", "[2, 4, 3, 1]")).isEqualTo("1 2 3 4");
        assertThat(run(NUMBERS, "output make_sort(tokens, tokens, 5, 1);", "[2, 4, 1, 2]")).isEqualTo("1 2 2 4");
        assertThat(run(NUMBERS, "output make_sort_freq(5);", "[2, 4, 2, 1]")).isEqualTo("2 2 4 1");
    }

    @Test
    void detectPattern() {
        assertThat(run(LETTERS, "output detect_pattern(tokens, \"abc\");", "\"abcabc\""))
                .isEqualTo("None None True False False True");
    }

    @Test
    void counts() {
        assertThat(run(LETTERS, "output make_count_less_freq(2);", "\"aaabbc\"")).isEqualTo("3 3 3 3 3 3");
        assertThat(run(LETTERS, "output make_count_less_freq(2);", "\"aacbbc\"")).isEqualTo("6 6 6 6 6 6");
        assertThat(run(LETTERS, "output make_count(tokens, \"a\");", "\"aaabbc\"")).isEqualTo("3 3 3 3 3 3");
    }

    @Test
    void narySequenceMap() {
        assertThat(run(NUMBERS, "output make_nary_sequencemap(lambda a, b, c: a * 100 + b * 10 + c, "
                + "tokens, indices, length);", "[1, 2, 3]")).isEqualTo("103 213 323");
        // Tracr's test_cases.py: make_nary_sequencemap_1 and _2.
        assertThat(run(NUMBERS, "output make_nary_sequencemap(lambda x, y, z: x + y - z, tokens, tokens, indices);",
                "[1, 2, 3]")).isEqualTo("2 3 4");
        assertThat(run(NUMBERS, "output make_nary_sequencemap(lambda x, y, z: x * y / z, indices, indices, tokens);",
                "[1, 2, 3]")).isEqualTo("0.0 0.5 1.3333333333333333");
    }

    @Test
    void moreOfTracrsTestCases() {
        String abcd = "set vocab \"abcd\";\nset max_seq_len 6;";
        assertThat(run(abcd, "output shift_by(1, tokens);", "\"abcd\"")).isEqualTo("None 'a' 'b' 'c'");
        assertThat(run(abcd, "output shift_by(2, tokens);", "\"abcd\"")).isEqualTo("None None 'a' 'b'");
        assertThat(run(abcd, "output detect_pattern(tokens, \"a\");", "\"bacd\"")).isEqualTo("False True False False");
        assertThat(run(abcd, "output detect_pattern(tokens, \"ab\");", "\"aaba\"")).isEqualTo("None False True False");
        assertThat(run(abcd, "output make_sort_unique(tokens, 1 - indices);", "\"abcd\"")).isEqualTo("'d' 'c' 'b' 'a'");
        assertThat(run(abcd, "output make_sort(tokens, 1 - indices, 5, 1);", "\"abcd\"")).isEqualTo("'d' 'c' 'b' 'a'");
        assertThat(run(abcd, "output categorical(make_length());", "\"ad\"")).isEqualTo("2 2");
        assertThat(run(abcd, "output numerical(make_count_less_freq(2));", "\"aacbbc\"")).isEqualTo("6 6 6 6 6 6");
        assertThat(run(abcd, "output make_count(tokens, \"a\");", "\"bbc\"")).isEqualTo("0 0 0");
        String brackets = "set vocab \"(){}[]\";\nset max_seq_len 6;";
        assertThat(run(brackets, "output make_shuffle_dyck([\"()\", \"{}\", \"[]\"]);", "\"({)[}]\""))
                .isEqualTo("True True True True True True");
        assertThat(run(brackets, "output make_shuffle_dyck([\"()\", \"{}\", \"[]\"]);", "\"{}[(]\""))
                .isEqualTo("False False False False False");
    }

    @Test
    void shuffleDyckNamesFollowTheCallersAssignments() {
        RaspProgram p = Programs.program(LETTERS + "\n" + lib + "\nshuffle_dyck2 = make_shuffle_dyck([\"()\", \"{}\"]);");
        assertThat(p.output().name()).isEqualTo("shuffle_dyck2");
        assertThat(Programs.names(p)).contains("bools_open", "opens", "bools_close", "closes", "balance", "balance_2",
                "any_negative", "has_neg", "select_all", "last_zero", "not_has_neg", "length");
    }
}
