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
