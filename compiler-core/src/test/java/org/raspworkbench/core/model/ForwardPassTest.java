package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.testkit.Py;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;

class ForwardPassTest {
    private static CompiledModel compile(RaspProgram p) {
        return Compiler.compile(p).model().orElseThrow();
    }

    @Test
    void recordsEverySnapshotAndEveryHead() {
        CompiledModel m = compile(HandBuiltPrograms.reverse());
        ForwardTrace t = ForwardPass.run(m, Py.ints(1, 2, 3));
        assertThat(t.snapshots()).hasSize(1 + 2 * 4);
        assertThat(t.snapshots().get(0)).hasDimensions(4, 41);
        assertThat(t.attention()).hasSize(4);
        assertThat(t.attention().get(3)).hasSize(1);
        assertThat(t.decoded()).containsExactly(StrValue.of("BOS"), IntValue.of(3), IntValue.of(2), IntValue.of(1));
        // position 1 (token 1, index 0) reads the last token, at position 3
        assertThat(t.attention().get(3).get(0)[1][3]).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void emptySlotsOfALayerAttendUniformly() {
        CompiledModel m = compile(HandBuiltPrograms.reverse());
        double[][] idle = ForwardPass.run(m, Py.ints(1, 2)).attention().get(1).get(0);
        for (double[] row : idle) {
            for (double w : row) assertThat(w).isCloseTo(1.0 / 3, offset(1e-12));
        }
    }

    @Test
    void aCausalModelMasksLaterPositions() {
        RaspProgram p = HandBuiltPrograms.sortUnique();
        CompileSettings s = p.settings();
        RaspProgram causal = new RaspProgram(new CompileSettings(s.vocab(), s.maxSeqLen(), Optional.empty(), true,
                s.bos(), s.pad(), s.mlpExactness()), p.output(), p.nodes(), p.warnings());
        CompiledModel m = compile(causal);
        assertThat(m.config().causal()).isTrue();
        ForwardTrace t = ForwardPass.run(m, Py.ints(3, 1, 2));
        for (List<double[][]> layer : t.attention()) {
            for (double[][] head : layer) {
                for (int q = 0; q < head.length; q++) {
                    for (int k = q + 1; k < head.length; k++) assertThat(head[q][k]).isZero();
                }
            }
        }
    }

    @Test
    void theEmptyInputRunsOnTheBosAlone() {
        ForwardTrace t = ForwardPass.run(compile(HandBuiltPrograms.hist()), List.of());
        assertThat(t.decoded()).containsExactly(StrValue.of("BOS"));
        assertThat(t.snapshots().get(0)).hasDimensions(1, 19);
    }

    @Test
    void refusesInputsOutsideVocabularyOrLength() {
        CompiledModel m = compile(HandBuiltPrograms.reverse());
        assertThatThrownBy(() -> ForwardPass.run(m, Py.ints(7))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the vocab");
        assertThatThrownBy(() -> ForwardPass.run(m, Py.ints(1, 1, 1, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_seq_len");
    }
}
