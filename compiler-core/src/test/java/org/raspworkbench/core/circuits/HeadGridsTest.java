package org.raspworkbench.core.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.HeadWeights;
import org.raspworkbench.core.model.ModelWeights;
import org.raspworkbench.core.value.Value;

/**
 * The QK and OV grids are the scores and values of Tracr's dense weights (the ND4J oracle of the
 * test sources), and they explain the attention patterns of a real run: the softmax of the grid's
 * scores, picked by the values each position holds, is the pattern the forward pass computed.
 */
class HeadGridsTest {
    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier", "frac_prevs", "hist", "sort_unique"})
    void gridsEqualTheDenseWeights(String name) {
        CompiledModel model = Programs.sample(name);
        ModelWeights dense = ModelWeights.of(model);
        List<HeadGrids> heads = ModelToHeadGrids.run(model);
        assertThat(heads).isNotEmpty();
        double scale = 1 / Math.sqrt(model.config().keySize());
        for (HeadGrids h : heads) {
            HeadWeights w = dense.attention(h.layer()).heads().get(h.head());
            assertThat(h.qk().queries()).isNotEmpty();
            for (int q = 0; q < h.qk().queries().size(); q++) {
                INDArray query = vector(model, h.qk().queries().get(q)).mmul(w.wQ());
                for (int k = 0; k < h.qk().keys().size(); k++) {
                    INDArray key = vector(model, h.qk().keys().get(k)).mmul(w.wK());
                    double want = query.mmul(key.transpose()).getDouble(0, 0) * scale;
                    assertThat(h.qk().scores()[q][k]).as("%s %s: %s x %s", name, h.name(),
                            h.qk().queries().get(q).label(), h.qk().keys().get(k).label()).isCloseTo(want, within(1e-9));
                }
            }
            for (int i = 0; i < h.ov().inputs().size(); i++) {
                INDArray written = vector(model, h.ov().inputs().get(i)).mmul(w.wV()).mmul(w.wO());
                for (int o = 0; o < h.ov().outputs().size(); o++) {
                    int col = model.indexOf(h.ov().outputs().get(o));
                    assertThat(h.ov().values()[i][o]).isCloseTo(written.getDouble(0, col), within(1e-12));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier", "frac_prevs", "sort_unique"})
    void softmaxOfTheGridIsTheRunsPattern(String name) {
        CompiledModel model = Programs.sample(name);
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace trace = ForwardPass.run(model, input);
        for (HeadGrids h : ModelToHeadGrids.run(model)) {
            List<Value> queries = trace.evaluation().valuesOf(h.querySop());
            List<Value> keys = trace.evaluation().valuesOf(h.keySop());
            double[][] pattern = trace.attention().get(h.layer()).get(h.head());
            for (int p = 1; p <= input.size(); p++) {
                int row = indexOf(h.qk().queries(), h.querySop().name(), queries.get(p - 1));
                int visible = model.config().causal() ? p + 1 : input.size() + 1;
                double[] logits = new double[visible];
                for (int k = 0; k < visible; k++) {
                    int col = k == 0 ? 0 : indexOf(h.qk().keys(), h.keySop().name(), keys.get(k - 1));
                    logits[k] = h.qk().scores()[row][col];
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double l : logits) max = Math.max(max, l);
                double sum = 0;
                for (double l : logits) sum += Math.exp(l - max);
                for (int k = 0; k < visible; k++) {
                    assertThat(pattern[p][k]).as("%s %s query %d key %d", name, h.name(), p, k)
                            .isCloseTo(Math.exp(logits[k] - max) / sum, within(1e-9));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "frac_prevs"})
    void everyQueryScoresTheBosKeyAtHalfTheColdnessAndAnOvRowPerValue(String name) {
        CompiledModel model = Programs.sample(name);
        double scale = 1 / Math.sqrt(model.config().keySize());
        for (HeadGrids h : ModelToHeadGrids.run(model)) {
            assertThat(h.qk().keys().get(0).label()).isEqualTo("tokens:BOS");
            double bos = h.role() == HeadRole.SELECTOR_WIDTH ? 100 : 50;
            for (double[] row : h.qk().scores()) assertThat(row[0]).isCloseTo(bos * scale, within(1e-9));
            assertThat(h.ov().inputs().get(0).label()).isEqualTo("tokens:BOS");
            if (h.valueSop().isPresent()) {
                assertThat(h.ov().inputs()).hasSize(1 + model.valueSetOf(h.valueSop().get()).orElseThrow().size());
            }
        }
    }

    private static int indexOf(List<AxisEntry> entries, String sop, Value v) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).direction().equals(new BasisDirection(sop, v))) return i;
        }
        throw new AssertionError("no entry for " + sop + ":" + v.repr() + " in " + entries);
    }

    /** A position's residual row holding the entry (and {@code one}), built independently of the code under test. */
    private static INDArray vector(CompiledModel model, AxisEntry e) {
        double[] x = new double[model.config().dModel()];
        if (model.embedding().one() >= 0) x[model.embedding().one()] = 1;
        x[model.indexOf(e.direction())] += e.amount();
        return Nd4j.create(new double[][] {x});
    }
}
