package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.ResidualRun;
import org.raspworkbench.core.value.Value;

/** Resuming at the first intervened snapshot gives the bits of rerunning every sub-layer with the same interventions. */
class RerunFromSnapshotTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sat3_verifier; [1, 0, 0, 1, 1, 0, 1, 0, 1, 0]",
            "sort; [2, 5, 1, 4, 2]",
            "shuffle_dyck2; \"(){}\"",
            "frac_prevs; \"yxzyxz\""})
    void everyKindOfInterventionResumedEqualsAFullRerun(String name, String corruptedJson) {
        CompiledModel model = Samples.sample(name);
        List<Value> input = model.program().settings().example().orElseThrow();
        List<Value> corrupted = CorruptedPatchTest.parse(model, corruptedJson);
        ForwardTrace clean = ForwardPass.run(model, input);
        InterventionRunner runner = new InterventionRunner(model, clean);
        List<List<Intervention>> lists = new ArrayList<>();
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                lists.add(List.of(Intervention.zero(InterventionTarget.Head.of(model, layer.layer(), h))));
                lists.add(List.of(Intervention.patch(InterventionTarget.Head.of(model, layer.layer(), h), corrupted)
                        .withPositions(Positions.rows(1, 3))));
            }
            for (var part : layer.mlp()) {
                lists.add(List.of(Intervention.patch(InterventionTarget.Mlp.of(layer.layer(), part.sop()), corrupted)));
            }
            if (!layer.mlp().isEmpty()) {
                lists.add(List.of(Intervention.of(new InterventionTarget.SubLayer(layer.layer(), BlockKind.MLP),
                        new InterventionAction.Mean(List.of(input, corrupted)))));
            }
        }
        for (RunsToComparison.Written w : RunsToComparison.written(model)) {
            lists.add(List.of(Intervention.zero(InterventionTarget.SOpSubspace.of(w.sop()))));
            if (!w.readout().isNumerical()) {
                lists.add(List.of(Intervention.write(InterventionTarget.SOpSubspace.of(w.sop()), w.readout().values().get(0), 2)));
            }
        }
        // two at once: the later one decides where they resume
        int last = model.circuits().stream().filter(l -> !l.heads().isEmpty()).reduce((a, b) -> b).orElseThrow().layer();
        lists.add(List.of(Intervention.zero(new InterventionTarget.SubLayer(last, BlockKind.ATTENTION)),
                Intervention.patch(new InterventionTarget.SOpSubspace("indices", OptionalInt.of(1)), corrupted)));
        int resumedLater = 0;
        for (List<Intervention> list : lists) {
            PatchedRun resumed = runner.run(list);
            assertThat(resumed.problems()).as(list.toString()).isEmpty();
            if (resumed.resumedAt() > 0) resumedLater++;
            ResidualRun full = runner.residuals(list, true);
            for (int k = 0; k < clean.snapshots().size(); k++) {
                assertThat(resumed.trace().snapshots().get(k)).as("%s snapshot %d", list.get(0).label(), k)
                        .isDeepEqualTo(full.snapshots().get(k));
            }
            for (int l = 0; l < full.attention().size(); l++) {
                for (int h = 0; h < full.attention().get(l).size(); h++) {
                    assertThat(resumed.trace().attention().get(l).get(h)).isDeepEqualTo(full.attention().get(l).get(h));
                }
            }
            assertThat(resumed.trace().decoded()).isEqualTo(full.decoded());
        }
        assertThat(resumedLater).isGreaterThan(lists.size() / 2);
    }
}
