package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.testkit.Py;
import org.raspworkbench.core.value.Value;

/** A pass resumed at any snapshot, hooked or not, computes the plain forward pass's bits. */
class ResumedForwardPassTest {
    private static void assertSameBits(ResidualRun r, ForwardTrace t) {
        assertThat(r.snapshots()).hasSameSizeAs(t.snapshots());
        for (int k = 0; k < t.snapshots().size(); k++) {
            assertThat(r.snapshots().get(k)).as("snapshot " + k).isDeepEqualTo(t.snapshots().get(k));
        }
        assertThat(r.attention()).hasSameSizeAs(t.attention());
        for (int l = 0; l < t.attention().size(); l++) {
            for (int h = 0; h < t.attention().get(l).size(); h++) {
                assertThat(r.attention().get(l).get(h)).isDeepEqualTo(t.attention().get(l).get(h));
            }
        }
        assertThat(r.decoded()).isEqualTo(t.decoded());
    }

    @Test
    void resumingAtEverySnapshotWithoutHooksGivesThePlainRun() {
        var cases = java.util.Map.of(HandBuiltPrograms.sort(5), Py.ints(3, 1, 2, 2), HandBuiltPrograms.hist(),
                Py.chars("abca"), HandBuiltPrograms.reverse(), Py.ints(3, 1, 2));
        for (var c : cases.entrySet()) {
            CompiledModel m = Compiler.compile(c.getKey()).model().orElseThrow();
            List<Value> input = c.getValue();
            ForwardTrace t = ForwardPass.run(m, input);
            for (int k = 0; k < t.snapshots().size(); k++) {
                assertSameBits(ForwardPass.resume(m, input, t, k, SubLayerHooks.NONE), t);
            }
            assertSameBits(ForwardPass.resume(m, input, null, 0, SubLayerHooks.NONE), t);
        }
    }

    @Test
    void hookingEveryMlpAndHeadWithoutChangingThemGivesThePlainRun() {
        CompiledModel m = Compiler.compile(HandBuiltPrograms.sort(5)).model().orElseThrow();
        List<Value> input = Py.ints(2, 3, 1);
        ForwardTrace t = ForwardPass.run(m, input);
        int[] calls = new int[3];
        ResidualRun r = ForwardPass.resume(m, input, null, 0, new SubLayerHooks() {
            @Override
            public double[][] headOutput(int layer, int head, double[][] output) {
                calls[0]++;
                double[][] copy = new double[output.length][];
                for (int p = 0; p < output.length; p++) copy[p] = output[p].clone();
                return copy;
            }

            @Override
            public boolean hooksMlp(int layer) {
                return true;
            }

            @Override
            public void mlpPartOutputs(int layer, double[][][] outputs) {
                calls[1]++;
            }

            @Override
            public void residual(int snapshot, double[][] x) {
                calls[2]++;
            }
        });
        assertSameBits(r, t);
        int heads = m.circuits().stream().mapToInt(l -> l.heads().size()).sum();
        assertThat(calls).containsExactly(heads, m.circuits().size(), t.snapshots().size());
    }
}
