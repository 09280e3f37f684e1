package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's {@code test_compiled_models_produce_expected_output_with_padding}: inputs padded to
 * {@code max_seq_len} with PAD give the expected output on the unpadded positions, because every
 * head masks PAD keys.
 */
class PaddedForwardTest {
    private static final String HEADER = "set vocab \"abcd\";\nset max_seq_len 5;\n";
    private static final String REVERSE = HEADER + "opp_index = length - indices;\nopp_index_1 = opp_index - 1;\n"
            + "flip = select(indices, opp_index_1, ==);\nreverse = aggregate(flip, tokens);\noutput reverse;\n";

    private static CompiledModel compile(String source) {
        return Compiler.compile(source).model().orElseThrow();
    }

    /** The input's characters, then PAD up to max_seq_len 5. */
    private static List<Value> padded(CompiledModel m, String text) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            if (i > 0) json.append(", ");
            json.append('"').append(i < text.length() ? String.valueOf(text.charAt(i)) : "PAD").append('"');
        }
        return InputParser.parse(json.append(']').toString(), m.program().settings()).values().orElseThrow();
    }

    private static List<Value> chars(String s) {
        List<Value> out = new ArrayList<>();
        for (char c : s.toCharArray()) out.add(StrValue.of(String.valueOf(c)));
        return out;
    }

    @Test
    void reverseGivesTracrsResultOnTheUnpaddedPositions() {
        CompiledModel m = compile(REVERSE);
        String[][] cases = {{"abcd", "dcba"}, {"abc", "cba"}, {"ad", "da"}, {"c", "c"}};
        for (String[] c : cases) {
            ForwardTrace t = ForwardPass.run(m, padded(m, c[0]));
            int n = c[0].length();
            assertThat(t.decoded().get(0)).isEqualTo(StrValue.of("BOS"));
            assertThat(t.decoded().subList(1, n + 1)).as(c[0]).containsExactlyElementsOf(chars(c[1]));
            assertThat(t.evaluated().subList(0, n)).containsExactlyElementsOf(chars(c[1]));
            assertThat(t.evaluated().subList(n, 5)).allMatch(v -> v instanceof NoneValue);
            assertThat(t.warnings()).isEmpty();
        }
    }

    @Test
    void lengthCountsOnlyTheUnpaddedTokens() {
        for (String encoding : List.of("categorical", "numerical")) {
            CompiledModel m = compile(HEADER + "output " + encoding + "(length);\n");
            for (String in : List.of("abc", "ad", "c")) {
                ForwardTrace t = ForwardPass.run(m, padded(m, in));
                for (int p = 1; p <= in.length(); p++) {
                    assertThat(((NumericValue) t.decoded().get(p)).asDouble()).as(encoding + " " + in)
                            .isCloseTo(in.length(), offset(0.005 * in.length()));
                }
            }
        }
    }

    @Test
    void noQueryAttendsToAPadPosition() {
        CompiledModel m = compile(REVERSE);
        ForwardTrace t = ForwardPass.run(m, padded(m, "ab"));
        for (List<double[][]> layer : t.attention()) {
            for (double[][] head : layer) {
                for (double[] row : head) {
                    for (int k = 3; k < row.length; k++) assertThat(row[k]).isZero();
                }
            }
        }
    }

    @Test
    void paddingChangesNothingOnTheUnpaddedPositionsOfTheEvaluation() {
        CompiledModel m = compile(REVERSE);
        ForwardTrace plain = ForwardPass.run(m, chars("ab"));
        ForwardTrace withPad = ForwardPass.run(m, padded(m, "ab"));
        assertThat(withPad.evaluation().unpaddedLength()).isEqualTo(2);
        assertThat(withPad.evaluation().input()).hasSize(5);
        assertThat(withPad.evaluated().subList(0, 2)).isEqualTo(plain.evaluated());
        boolean[][] flip = withPad.evaluation().selectionOf(m.program().output() instanceof
                org.raspworkbench.core.rasp.AggregateOp a ? a.selector() : null);
        assertThat(flip).hasDimensions(5, 5);
        assertThat(flip[0][1]).isTrue();
        assertThat(flip[3]).containsOnly(false);
    }

    @Test
    void dynamicValidationIgnoresPadPositions() {
        // frac_prevs: a numerical mean of 0/1 values, None at PAD positions must not count as a bad value
        CompiledModel m = compile(HEADER + "is_a = numerical(map(lambda t: 1 if t == \"a\" else 0, tokens));\n"
                + "prevs = select(indices, indices, <=);\nfrac = numerical(aggregate(prevs, is_a, default=0));\n"
                + "output frac;\n");
        ForwardTrace t = ForwardPass.run(m, padded(m, "aba"));
        assertThat(t.warnings()).isEmpty();
        assertThat(((NumericValue) t.decoded().get(3)).asDouble()).isCloseTo(2.0 / 3, offset(1e-3));
    }
}
