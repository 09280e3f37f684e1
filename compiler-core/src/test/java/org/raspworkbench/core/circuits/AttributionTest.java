package org.raspworkbench.core.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.Value;

/** Direct attribution adds up, with the embeddings, to the final residual in the output's directions. */
class AttributionTest {
    @org.junit.jupiter.api.Test
    void aWriteOutsideEveryHeadIsItsOwnComponent() {
        CompiledModel model = Programs.sample("sort");
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace clean = ForwardPass.run(model, input);
        PositionAttribution before = TraceToAttribution.run(model, clean).get(0);
        int col = model.indexOf(before.winner());
        // what an intervention on layer 0's attention (which has no head) would leave: 0.5 more from there on
        List<double[][]> snapshots = new java.util.ArrayList<>();
        for (int k = 0; k < clean.snapshots().size(); k++) {
            double[][] s = clean.snapshots().get(k);
            double[][] c = new double[s.length][];
            for (int p = 0; p < s.length; p++) c[p] = s[p].clone();
            if (k >= 1) c[1][col] += 0.5;
            snapshots.add(c);
        }
        ForwardTrace patched = new ForwardTrace(clean.input(), snapshots, clean.attention(), clean.decoded(), clean.evaluated(),
                clean.warnings(), clean.evaluation());
        PositionAttribution after = TraceToAttribution.run(model, patched).get(0);
        assertThat(after.winner()).isEqualTo(before.winner());
        Contribution rest = after.contributions().stream().filter(c -> c.component().kind() == ComponentKind.ATTENTION_REST)
                .findFirst().orElseThrow();
        assertThat(rest.component().layer()).isZero();
        assertThat(rest.winner()).isEqualTo(0.5);
        assertThat(after.contributions().stream().mapToDouble(Contribution::winner).sum())
                .isCloseTo(after.finalWinner(), within(1e-9));
        assertThat(after.finalWinner()).isCloseTo(before.finalWinner() + 0.5, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier", "frac_prevs", "hist", "shuffle_dyck2"})
    void sharesAddUpToTheFinalResidual(String name) {
        CompiledModel model = Programs.sample(name);
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace trace = ForwardPass.run(model, input);
        List<PositionAttribution> all = TraceToAttribution.run(model, trace);
        assertThat(all).hasSize(input.size());
        double[][] last = trace.snapshots().get(trace.snapshots().size() - 1);
        for (PositionAttribution a : all) {
            double w = 0;
            double r = 0;
            for (Contribution c : a.contributions()) {
                w += c.winner();
                r += c.runnerUp();
            }
            assertThat(w).isCloseTo(last[a.position()][model.indexOf(a.winner())], within(1e-9));
            assertThat(a.finalWinner()).isEqualTo(last[a.position()][model.indexOf(a.winner())]);
            if (a.runnerUp().isPresent()) {
                assertThat(r).isCloseTo(last[a.position()][model.indexOf(a.runnerUp().get())], within(1e-9));
                assertThat(a.finalRunnerUp()).isLessThanOrEqualTo(a.finalWinner());
            }
            if (model.output().sop().isCategorical()) {
                assertThat(a.winner().value()).isEqualTo(trace.decoded().get(a.position()));
            }
            // one head or MLP per layer and sub-layer, the embeddings first
            assertThat(a.contributions().get(0).component().kind()).isEqualTo(ComponentKind.EMBEDDINGS);
            assertThat(a.contributions()).filteredOn(c -> c.component().kind() == ComponentKind.MLP)
                    .hasSize(model.config().layers());
            assertThat(a.contributions()).noneMatch(c -> c.component().kind() == ComponentKind.ATTENTION_REST);
        }
    }
}
