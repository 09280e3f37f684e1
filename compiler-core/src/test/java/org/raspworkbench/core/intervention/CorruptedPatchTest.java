package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.Value;

/** Patching from a corrupted run: the output's subspace carries the corrupted output, the tokens the whole corrupted run. */
class CorruptedPatchTest {
    static List<Value> parse(CompiledModel model, String json) {
        return InputParser.parse(json, model.program().settings()).values().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sat3_verifier; [0, 1, 0, 1, 1, 0, 1, 0, 1, 0]; [1, 0, 0, 1, 1, 0, 1, 0, 1, 0]",
            "sort; [3, 1, 4, 1, 5]; [2, 5, 1, 4, 2]",
            "reverse; \"abcb\"; \"cbaa\"",
            "frac_prevs; \"xxyx\"; \"yxyy\"",
            "hist; \"abcab\"; \"aaaab\""})
    void patchingTheOutputsSubspaceGivesTheCorruptedOutput(String name, String cleanJson, String corruptedJson) {
        CompiledModel model = Samples.sample(name);
        List<Value> cleanIn = parse(model, cleanJson);
        List<Value> corruptIn = parse(model, corruptedJson);
        ForwardTrace clean = ForwardPass.run(model, cleanIn);
        ForwardTrace corrupted = ForwardPass.run(model, corruptIn);
        assertThat(corrupted.decoded()).isNotEqualTo(clean.decoded());
        InterventionRunner runner = new InterventionRunner(model, clean);

        PatchedRun out = runner.run(List.of(Intervention.patch(
                InterventionTarget.SOpSubspace.of(model.output().sop()), corruptIn)));
        assertThat(out.problems()).isEmpty();
        assertThat(out.trace().decoded()).isEqualTo(corrupted.decoded());
        assertThat(out.comparison().output()).isNotEmpty();

        // the tokens' subspace at the embeddings is all that differs between the runs: patching it is the corrupted run
        PatchedRun tokens = runner.run(List.of(Intervention.patch(new InterventionTarget.SOpSubspace("tokens",
                java.util.OptionalInt.of(0)), corruptIn)));
        assertThat(tokens.resumedAt()).isZero();
        for (int k = 0; k < clean.snapshots().size(); k++) {
            assertThat(tokens.trace().snapshots().get(k)).as("snapshot " + k).isDeepEqualTo(corrupted.snapshots().get(k));
        }

        // in the sweep, the output's own subspace moves the output all the way (fraction 1) wherever it changes
        SweepResult sweep = PatchSweep.run(runner, corrupted);
        SweepCell own = sweep.cells().stream().filter(c -> c.target().equals(
                InterventionTarget.SOpSubspace.of(model.output().sop()))).findFirst().orElseThrow();
        for (OutputEffect e : own.effects()) {
            assertThat(e.patched()).isEqualTo(corrupted.decoded().get(e.row()));
            if (e.changed()) assertThat(e.fraction()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
