package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.value.Value;

/** A mean ablation sets each row to the mean of the clean runs of its inputs there. */
class MeanAblationTest {
    @Test
    void aHeadsMeanIsTheMeanOfWhatItWritesOnEachInput() {
        CompiledModel model = Samples.sample("sort");
        List<List<Value>> inputs = MeanInputs.sample(model, 5, 12, 3);
        assertThat(inputs).hasSize(12).allSatisfy(in -> assertThat(in).hasSize(5));
        assertThat(new HashSet<>(inputs)).hasSize(12);
        ForwardTrace clean = ForwardPass.run(model, model.program().settings().example().orElseThrow());
        LayerCircuit layer = model.circuits().stream().filter(l -> !l.heads().isEmpty()).reduce((a, b) -> b).orElseThrow();
        HeadCircuit head = layer.heads().get(0);
        int before = SnapshotNumbering.after(layer.layer(), BlockKind.ATTENTION) - 1;
        PatchedRun run = new InterventionRunner(model, clean).run(List.of(Intervention.of(
                InterventionTarget.Head.of(model, layer.layer(), 0), new InterventionAction.Mean(inputs))));
        assertThat(run.problems()).isEmpty();
        double[][] got = run.trace().snapshots().get(before + 1);
        for (int row = 0; row < got.length; row++) {
            for (int col : head.output()) {
                double sum = 0;
                for (List<Value> in : inputs) {
                    ForwardTrace t = ForwardPass.run(model, in);
                    sum += t.snapshots().get(before + 1)[row][col] - t.snapshots().get(before)[row][col];
                }
                assertThat(got[row][col] - clean.snapshots().get(before)[row][col]).isCloseTo(sum / inputs.size(),
                        offset(1e-12));
            }
        }
    }

    @Test
    void aSubspaceMeanOverInputsOfSeveralLengthsAveragesTheInputsEachRowHas() {
        CompiledModel model = Samples.sample("sort");
        List<List<Value>> inputs = List.of(MeanInputs.sample(model, 2, 1, 0).get(0), MeanInputs.sample(model, 4, 1, 0).get(0),
                MeanInputs.sample(model, 4, 2, 9).get(1));
        List<Value> in = model.program().settings().example().orElseThrow();
        ForwardTrace clean = ForwardPass.run(model, in);
        PatchedRun run = new InterventionRunner(model, clean).run(List.of(Intervention.of(
                new InterventionTarget.SOpSubspace("tokens", OptionalInt.of(0)), new InterventionAction.Mean(inputs))));
        assertThat(run.problems()).extracting(InterventionProblem::kind).containsExactly(InterventionProblem.Kind.PARTIAL);
        assertThat(run.problems().get(0).message()).contains("[5]");
        int[] cols = InterventionsToModel.slots(model, RunsToComparison.written(model),
                new InterventionTarget.SOpSubspace("tokens", OptionalInt.of(0)))
                .get(0) instanceof Slot.Residual r ? r.columns() : null;
        double[][] got = run.trace().snapshots().get(0);
        for (int row = 0; row < got.length; row++) {
            for (int col : cols) {
                double sum = 0;
                int n = 0;
                for (List<Value> i : inputs) {
                    if (row <= i.size()) {
                        sum += ForwardPass.run(model, i).snapshots().get(0)[row][col];
                        n++;
                    }
                }
                double want = n == 0 ? clean.snapshots().get(0)[row][col] : sum / n;
                assertThat(got[row][col]).as("row %d col %d", row, col).isCloseTo(want, offset(1e-12));
            }
        }
    }

    @Test
    void meanInputsAreTheVerifiersEnumerationWhenTheLengthIsSmall() {
        CompiledModel model = Samples.sample("sat3_verifier");
        assertThat(MeanInputs.sample(model, 3, 100, 0)).hasSize(8).doesNotHaveDuplicates();
    }
}
