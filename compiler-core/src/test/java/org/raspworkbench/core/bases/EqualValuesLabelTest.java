package org.raspworkbench.core.bases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;

/**
 * Equal values that print differently keep the one Tracr's Python set keeps: the first added,
 * in the order Python iterates the input sets.
 */
class EqualValuesLabelTest {
    private static CompiledModel compile(String body) {
        return Compiler.compile("set vocab \"ab\";\nset max_seq_len 3;\n" + body).model().orElseThrow();
    }

    private static java.util.List<String> labels(CompiledModel m, String name) {
        return m.residual().stream().map(BasisDirection::label).filter(l -> l.startsWith(name + ":")).toList();
    }

    @Test
    void positiveSignComesFirstSoZeroIsPositive() {
        // Python iterates {-1, 1} as [1, -1] (hash(-1) is -2), so 1 * 0.0 = 0.0 is added first
        CompiledModel m = compile("sign = map(lambda x: 1 if x == \"a\" else -1, tokens);\n"
                + "zero = map(lambda x: 0.0, tokens);\n"
                + "prod = sequence_map(lambda s, z: s * z, sign, zero);\n");
        assertThat(labels(m, "prod")).containsExactly("prod:0.0");
    }

    @Test
    void anIntAddedBeforeAnEqualFloatNamesTheDirection() {
        // {0, 1, 2} iterates 0, 1, 2: 0 -> 2 (int) comes before 2 -> 2.0
        CompiledModel m = compile("v = map(lambda i: 2 if i == 0 else 2.0, indices);\n"
                + "w = sequence_map(lambda x, y: x, v, tokens);\n");
        assertThat(labels(m, "v")).containsExactly("v:2");
        CompiledModel f = compile("v = map(lambda i: 2.0 if i == 0 else 2, indices);\n"
                + "w = sequence_map(lambda x, y: x, v, tokens);\n");
        assertThat(labels(f, "v")).containsExactly("v:2.0");
    }
}
