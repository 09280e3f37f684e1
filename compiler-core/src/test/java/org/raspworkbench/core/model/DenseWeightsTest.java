package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The dense ND4J weights, run the way Tracr's model runs them (whole matrices, no shortcuts), give
 * the same residual stream as the compact forward pass.
 */
class DenseWeightsTest {
    @ParameterizedTest
    @ValueSource(strings = {"reverse", "frac_prevs", "pair_balance", "password", "shuffle_dyck2", "sort"})
    void denseForwardMatchesCompactForward(String name) {
        check(HandBuiltPrograms.byName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort_unique", "frac_prevs"})
    void causalModelsToo(String name) {
        RaspProgram p = HandBuiltPrograms.byName(name);
        CompileSettings s = p.settings();
        check(new RaspProgram(new CompileSettings(s.vocab(), s.maxSeqLen(), Optional.empty(), true, s.bos(), s.pad(),
                s.mlpExactness()), p.output(), p.nodes(), p.warnings()));
    }

    @org.junit.jupiter.api.Test
    void largeLookupTablesAreKeptSparseAndRunTheSame() {
        // Tracr's sort at n = 16: the keys MLP's second layer is 256 x 256 with one entry per row
        RaspProgram p = ProgramRunner.run(org.raspworkbench.core.testsupport.SortProgram.at(16))
                .program().orElseThrow();
        CompiledModel m = Compiler.compile(p).model().orElseThrow();
        MlpPart keys = m.circuits().get(0).mlp().get(0);
        assertThat(keys.sop().name()).isEqualTo("keys");
        assertThat(keys.block().second().isSparse()).isTrue();
        check(p);
        ForwardTrace t = ForwardPass.run(m, org.raspworkbench.core.testkit.Py.ints(9, 3, 16, 3));
        assertThat(t.decoded().subList(1, t.decoded().size())).containsExactlyElementsOf(t.evaluated());
    }

    private static void check(RaspProgram p) {
        CompiledModel m = Compiler.compile(p).model().orElseThrow();
        List<Value> input = new ArrayList<>(p.settings().vocab());
        while (input.size() > p.settings().maxSeqLen()) input.remove(input.size() - 1);
        ForwardTrace t = ForwardPass.run(m, input);
        List<INDArray> dense = denseForward(m, input);
        assertThat(dense).hasSize(t.snapshots().size());
        for (int s = 0; s < dense.size(); s++) {
            double[][] mine = t.snapshots().get(s);
            for (int pos = 0; pos < mine.length; pos++) {
                for (int j = 0; j < mine[pos].length; j++) {
                    assertThat(dense.get(s).getDouble(pos, j)).as("snapshot %d pos %d %s", s, pos, m.residual().get(j))
                            .isCloseTo(mine[pos][j], org.assertj.core.data.Offset.offset(1e-9));
                }
            }
        }
    }

    private static List<INDArray> denseForward(CompiledModel m, List<Value> input) {
        ModelWeights w = ModelWeights.of(m);
        ModelConfig c = m.config();
        assertThat(w.tokenEmbedding().dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(w.attention(0).heads()).hasSize(c.heads());
        assertThat(w.attention(0).heads().get(0).wQ().shape()).containsExactly(c.dModel(), c.keySize());
        assertThat(w.mlp(0).wIn().shape()).containsExactly(c.dModel(), c.mlpHidden());
        int n = input.size() + 1;
        INDArray x = Nd4j.zeros(DataType.DOUBLE, n, c.dModel());
        for (int p = 0; p < n; p++) {
            Value token = p == 0 ? StrValue.of(m.program().settings().bos()) : input.get(p - 1);
            x.getRow(p).addi(w.tokenEmbedding().getRow(m.tokenOrder().indexOf(token)));
            x.getRow(p).addi(w.positionEmbedding().getRow(p));
        }
        List<INDArray> snaps = new ArrayList<>();
        snaps.add(x.dup());
        for (int l = 0; l < c.layers(); l++) {
            INDArray out = Nd4j.zeros(DataType.DOUBLE, n, c.dModel());
            for (HeadWeights h : w.attention(l).heads()) {
                INDArray logits = x.mmul(h.wQ()).mmul(x.mmul(h.wK()).transpose()).divi(Math.sqrt(c.keySize()));
                if (c.causal()) {
                    for (int q = 0; q < n; q++) {
                        for (int k = q + 1; k < n; k++) logits.putScalar(q, k, -1e30);
                    }
                }
                INDArray max = logits.max(1).reshape(n, 1);
                INDArray e = Transforms.exp(logits.subColumnVector(max));
                INDArray a = e.divColumnVector(e.sum(1).reshape(n, 1));
                out.addi(a.mmul(x.mmul(h.wV())).mmul(h.wO()));
            }
            x.addi(out);
            snaps.add(x.dup());
            DenseMlpWeights mlp = w.mlp(l);
            INDArray hidden = Transforms.relu(x.mmul(mlp.wIn()).addRowVector(mlp.bIn()));
            x.addi(hidden.mmul(mlp.wOut()).addRowVector(mlp.bOut()));
            snaps.add(x.dup());
        }
        return snaps;
    }
}
