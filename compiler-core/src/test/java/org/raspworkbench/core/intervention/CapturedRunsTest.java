package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.value.Value;

/** Runners of one model share captured runs across clean inputs and give what fresh runners give. */
class CapturedRunsTest {
    @Test
    void sharedCapturesGiveTheSameRunsAsFreshOnes() {
        CompiledModel model = Samples.sample("sort");
        CapturedRuns shared = new CapturedRuns(model);
        List<Value> corrupted = CorruptedPatchTest.parse(model, "[2, 5, 1, 4, 2]");
        InterventionAction.Mean mean = new InterventionAction.Mean(MeanInputs.sample(model, 5, 20, 4));
        LayerCircuit layer = model.circuits().stream().filter(l -> !l.heads().isEmpty()).findFirst().orElseThrow();
        InterventionTarget head = InterventionTarget.Head.of(model, layer.layer(), 0);
        LayerCircuit withMlp = model.circuits().stream().filter(l -> !l.mlp().isEmpty()).reduce((x, y) -> y).orElseThrow();
        InterventionTarget mlp = InterventionTarget.Mlp.of(withMlp.layer(), withMlp.mlp().get(0).sop());
        for (String clean : List.of("[3, 1, 4, 1, 5]", "[5, 4, 3, 2, 1]", "[1, 1, 2, 2, 3]", "[3, 1, 4, 1, 5]")) {
            ForwardTrace t = ForwardPass.run(model, CorruptedPatchTest.parse(model, clean));
            List<Intervention> list = List.of(Intervention.patch(head, corrupted), Intervention.of(mlp, mean));
            PatchedRun a = new InterventionRunner(model, t, shared).run(list);
            PatchedRun b = new InterventionRunner(model, t).run(list);
            assertThat(a.problems()).isEmpty();
            for (int k = 0; k < t.snapshots().size(); k++) {
                assertThat(a.trace().snapshots().get(k)).isDeepEqualTo(b.trace().snapshots().get(k));
            }
            assertThat(a.comparison()).isEqualTo(b.comparison());
        }
    }

    @Test
    void capturesOfAnotherModelOrATraceOfAnotherModelAreRefused() {
        CompiledModel sort = Samples.sample("sort");
        CompiledModel hist = Samples.sample("hist");
        ForwardTrace t = ForwardPass.run(sort, sort.program().settings().example().orElseThrow());
        assertThatThrownBy(() -> new InterventionRunner(sort, t, new CapturedRuns(hist)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another model");
        ForwardTrace h = ForwardPass.run(hist, hist.program().settings().example().orElseThrow());
        assertThatThrownBy(() -> new InterventionRunner(sort, h)).isInstanceOf(IllegalArgumentException.class);
    }
}
