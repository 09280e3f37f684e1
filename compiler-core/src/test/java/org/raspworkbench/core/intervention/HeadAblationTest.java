package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.graph.ProgramToGraph;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.testkit.Py;
import org.raspworkbench.core.value.Value;

/** Ablating the head that computes an S-op changes that S-op and only S-ops downstream of it in the DAG. */
class HeadAblationTest {
    /** The names of the S-op and everything that reads it, directly or not. */
    private static Set<String> downstream(CompiledModel model, SOp sop) {
        ProgramGraph g = ProgramToGraph.run(model.program());
        Set<String> out = new HashSet<>();
        out.add(sop.name());
        for (int id : g.dag().getDescendants(sop.id())) {
            if (g.node(id) instanceof SOp s) out.add(s.name());
        }
        return out;
    }

    @Test
    void zeroingAChainsHeadChangesExactlyTheSOpsDownstreamOfIt() {
        CompiledModel model = Samples.compile("""
                set vocab [1, 2, 3]; set max_seq_len 4;
                prev = aggregate(select(indices, indices, ==), tokens);
                shifted = map(lambda x: x + 10, prev);
                doubled = map(lambda x: x * 2, shifted);
                other = map(lambda t: t - 1, tokens);
                output sequence_map(lambda a, b: a + b, doubled, other);
                """);
        List<Value> input = Py.ints(2, 3, 2);
        ForwardTrace clean = ForwardPass.run(model, input);
        LayerCircuit layer = model.circuits().stream().filter(l -> !l.heads().isEmpty()).findFirst().orElseThrow();
        SOp prev = layer.heads().get(0).sop();
        assertThat(prev.name()).isEqualTo("prev");
        PatchedRun run = new InterventionRunner(model, clean).run(List.of(
                Intervention.zero(InterventionTarget.Head.of(model, layer.layer(), 0))));
        assertThat(run.problems()).isEmpty();
        assertThat(Set.copyOf(run.comparison().changedNames())).isEqualTo(downstream(model, prev))
                .doesNotContain("other", "tokens", "indices");
        assertThat(run.comparison().output()).hasSize(3);
        assertThat(run.resumedAt()).isEqualTo(2 * layer.layer());
    }

    @Test
    void zeroingAnyHeadOfTheSatVerifierChangesOnlyItsSOpAndWhatReadsIt() {
        CompiledModel model = Samples.sample("sat3_verifier");
        List<List<Value>> inputs = List.of(model.program().settings().example().orElseThrow(),
                Py.ints(1, 0, 0, 1, 1, 0, 1, 0, 1, 0), Py.ints(0, 1, 1, 0, 0, 1, 1, 0, 0, 1), Py.ints(1, 1, 0, 0, 1));
        int changedSomewhere = 0;
        int heads = 0;
        for (List<Value> input : inputs) {
            ForwardTrace clean = ForwardPass.run(model, input);
            InterventionRunner runner = new InterventionRunner(model, clean);
            for (LayerCircuit layer : model.circuits()) {
                for (int h = 0; h < layer.heads().size(); h++) {
                    heads++;
                    SOp sop = layer.heads().get(h).sop();
                    PatchedRun run = runner.run(List.of(Intervention.zero(InterventionTarget.Head.of(model, layer.layer(), h))));
                    assertThat(downstream(model, sop)).as(sop.name()).containsAll(run.comparison().changedNames());
                    if (run.comparison().of(sop).isPresent()) changedSomewhere++;
                }
            }
        }
        // zeroing an aggregate reads back as its first value, so only rows holding another value change
        assertThat(changedSomewhere).isGreaterThan(heads / 4);
    }
}
