package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.testkit.Py;

/** Interventions follow their components into a recompiled model, or say that they are gone. */
class RecompilationTest {
    private static final String BEFORE = """
            set vocab [1, 2, 3]; set max_seq_len 4;
            prev = aggregate(select(indices, indices, ==), tokens);
            output map(lambda x: x + 1, prev);
            """;
    /** {@code prev} now reads an aggregate of its own, so its head moves a layer up; the map is gone. */
    private static final String AFTER = """
            set vocab [1, 2, 3]; set max_seq_len 4;
            first = aggregate(select(indices, indices, ==), tokens);
            prev = aggregate(select(indices, indices, ==), first);
            output prev;
            """;

    private static int headLayerOf(CompiledModel m, String sop) {
        for (LayerCircuit l : m.circuits()) {
            for (var h : l.heads()) if (h.sop().name().equals(sop)) return l.layer();
        }
        return -1;
    }

    @Test
    void aHeadIsFoundByItsSOpWhereverItMovesAndMissingComponentsAreReported() {
        CompiledModel before = Samples.compile(BEFORE);
        CompiledModel after = Samples.compile(AFTER);
        int was = headLayerOf(before, "prev");
        int now = headLayerOf(after, "prev");
        assertThat(now).isGreaterThan(was);
        String map = before.output().sop().name();
        List<Intervention> list = List.of(
                Intervention.zero(InterventionTarget.Head.of(before, was, 0)),
                Intervention.zero(new InterventionTarget.Mlp(0, map)).withEnabled(false),
                Intervention.zero(new InterventionTarget.SubLayer(5, BlockKind.MLP)),
                Intervention.zero(new InterventionTarget.SOpSubspace("prev", OptionalInt.empty())),
                Intervention.zero(new InterventionTarget.SOpSubspace("tokens", OptionalInt.of(0))));
        Resolution r = InterventionsToModel.resolve(after, list);
        assertThat(r.kept()).extracting(Intervention::target).containsExactly(
                new InterventionTarget.Head(now, 0, "prev"),
                new InterventionTarget.SOpSubspace("prev", OptionalInt.empty()),
                new InterventionTarget.SOpSubspace("tokens", OptionalInt.of(0)));
        assertThat(r.missing()).extracting(p -> p.intervention().target()).containsExactly(
                list.get(1).target(), list.get(2).target());
        assertThat(r.missing().get(0).message()).isEqualTo("no MLP computes " + map + " any more");
        assertThat(r.missing().get(1).message()).contains("no layer 5");
        assertThat(r.missing()).extracting(InterventionProblem::kind).containsOnly(InterventionProblem.Kind.MISSING);

        // the relocated head is what gets ablated in the new model
        var clean = ForwardPass.run(after, Py.ints(2, 3, 1));
        PatchedRun run = new InterventionRunner(after, clean).run(list.subList(0, 1));
        assertThat(run.applied()).extracting(Intervention::target).containsExactly(new InterventionTarget.Head(now, 0, "prev"));
        assertThat(run.resumedAt()).isEqualTo(2 * now);
        assertThat(run.comparison().changedNames()).containsExactly("prev");
    }
}
