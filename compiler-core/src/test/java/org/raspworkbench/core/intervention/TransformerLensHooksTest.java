package org.raspworkbench.core.intervention;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.value.Value;

/**
 * Zeroing, patching and mean-ablating any component gives, snapshot by snapshot, the residual
 * stream that the exported float64 weights give under TransformerLens's forward pass with the hook
 * {@link HookPoint} names for it.
 */
class TransformerLensHooksTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sat3_verifier; [0, 1, 0, 1, 1, 0, 1, 0, 1, 0]; [1, 0, 0, 1, 1, 0, 1, 0, 1, 0]",
            "sort; [3, 1, 4, 1, 5]; [2, 5, 1, 4, 2]",
            "frac_prevs; \"xxyx\"; \"yxyy\"",
            "shuffle_dyck2; \"({)}\"; \"(){}\"",
            "hist; \"abcab\"; \"aaaab\""})
    void samples(String name, String cleanJson, String corruptedJson) throws IOException {
        CompiledModel model = Samples.sample(name);
        agree(model, CorruptedPatchTest.parse(model, cleanJson), CorruptedPatchTest.parse(model, corruptedJson));
    }

    /** Shapes the samples lack: causal attention over a numerical S-op, a numerical MLP. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "set vocab [\"x\", \"y\"]; set max_seq_len 5; set causal True;"
                    + " is_x = numerical(map(lambda t: 1 if t == \"x\" else 0, tokens));"
                    + " output numerical(aggregate(select(indices, indices, <=), is_x, 0));"
                    + "| \"xyxxy\" | \"yyxyx\"",
            "set vocab [0, 1, 2, 3]; set max_seq_len 4;"
                    + " half = numerical(map(lambda t: t * 0.5, tokens));"
                    + " output numerical(aggregate(select(indices, indices, ==), half, 0));"
                    + "| [3, 0, 2] | [1, 2, 2]"})
    void unusualShapes(String source, String cleanJson, String corruptedJson) throws IOException {
        CompiledModel model = Samples.compile(source);
        agree(model, CorruptedPatchTest.parse(model, cleanJson), CorruptedPatchTest.parse(model, corruptedJson));
    }

    /** Every sweep component and every whole sub-layer, zeroed and patched. */
    private void agree(CompiledModel model, List<Value> cleanIn, List<Value> corruptIn) throws IOException {
        TransformerLensPatching tl = new TransformerLensPatching(model, dir);
        TransformerLensPatching.Captured corrupted = tl.capture(corruptIn);
        InterventionRunner runner = new InterventionRunner(model, ForwardPass.run(model, cleanIn));
        List<InterventionTarget> targets = new ArrayList<>();
        PatchSweep.components(model).forEach(c -> targets.add(c.target()));
        for (LayerCircuit layer : model.circuits()) {
            if (!layer.heads().isEmpty()) targets.add(new InterventionTarget.SubLayer(layer.layer(), BlockKind.ATTENTION));
            if (!layer.mlp().isEmpty()) targets.add(new InterventionTarget.SubLayer(layer.layer(), BlockKind.MLP));
        }
        for (InterventionTarget t : targets) {
            List<HookPoint> hooks = HookPoint.of(model, t);
            tl.assertSame(runner.run(List.of(Intervention.zero(t))),
                    tl.run(cleanIn, TransformerLensPatching.set(hooks, null, null)), 1e-9);
            tl.assertSame(runner.run(List.of(Intervention.patch(t, corruptIn))),
                    tl.run(cleanIn, TransformerLensPatching.set(hooks, corrupted, null)), 1e-9);
        }
    }

    /** A mean over a batch of one length, and a patch at some positions only, as TransformerLens does them. */
    @Test
    void meansAndPatchesAtSomePositionsMatchToo() throws IOException {
        CompiledModel model = Samples.sample("sort");
        List<Value> cleanIn = CorruptedPatchTest.parse(model, "[3, 1, 4, 1, 5]");
        List<Value> corruptIn = CorruptedPatchTest.parse(model, "[2, 5, 1, 4, 2]");
        List<List<Value>> batch = MeanInputs.sample(model, 5, 6, 1);
        TransformerLensPatching tl = new TransformerLensPatching(model, dir);
        TransformerLensPatching.Captured corrupted = tl.capture(corruptIn);
        TransformerLensPatching.Captured mean = tl.mean(batch);
        InterventionRunner runner = new InterventionRunner(model, ForwardPass.run(model, cleanIn));
        int[] rows = {1, 3};
        for (SweepCell c : PatchSweep.components(model)) {
            List<HookPoint> hooks = HookPoint.of(model, c.target());
            tl.assertSame(runner.run(List.of(Intervention.of(c.target(), new InterventionAction.Mean(batch)))),
                    tl.run(cleanIn, TransformerLensPatching.set(hooks, mean, null)), 1e-9);
            tl.assertSame(runner.run(List.of(Intervention.patch(c.target(), corruptIn).withPositions(Positions.rows(rows)))),
                    tl.run(cleanIn, TransformerLensPatching.set(hooks, corrupted, rows)), 1e-9);
        }
    }
}
