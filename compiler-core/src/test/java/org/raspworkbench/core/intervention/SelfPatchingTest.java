package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.Value;

/** Patching any component from an input into itself, or mean-ablating over that input alone, changes nothing. */
class SelfPatchingTest {
    @ParameterizedTest
    @ValueSource(strings = {"sat3_verifier", "sort", "frac_prevs", "hist", "shuffle_dyck2"})
    void patchingEveryComponentFromTheInputIntoItselfChangesNothing(String name) {
        CompiledModel model = Samples.sample(name);
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace clean = ForwardPass.run(model, input);
        InterventionRunner runner = new InterventionRunner(model, clean);
        List<SweepCell> components = PatchSweep.components(model);
        assertThat(components).isNotEmpty();
        for (SweepCell c : components) {
            for (Intervention i : List.of(Intervention.patch(c.target(), input),
                    Intervention.of(c.target(), new InterventionAction.Mean(List.of(input))))) {
                PatchedRun run = runner.run(List.of(i));
                assertThat(run.problems()).as(i.label()).isEmpty();
                assertThat(run.patched()).isTrue();
                assertThat(run.comparison().unchanged()).as(i.label()).isTrue();
                for (int k = 0; k < clean.snapshots().size(); k++) {
                    assertThat(run.trace().snapshots().get(k)).as(i.label() + " snapshot " + k)
                            .isDeepEqualTo(clean.snapshots().get(k));
                }
                assertThat(run.trace().decoded()).isEqualTo(clean.decoded());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sat3_verifier", "sort"})
    void theSweepFromTheInputIntoItselfHasNoEffect(String name) {
        CompiledModel model = Samples.sample(name);
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace clean = ForwardPass.run(model, input);
        SweepResult sweep = PatchSweep.run(new InterventionRunner(model, clean), clean);
        assertThat(sweep.cells()).hasSameSizeAs(PatchSweep.components(model));
        for (SweepCell c : sweep.cells()) {
            assertThat(c.effects()).hasSize(input.size());
            for (OutputEffect e : c.effects()) {
                assertThat(e.changed()).as(c.label()).isFalse();
                assertThat(e.delta()).as(c.label()).isZero();
            }
        }
    }
}
