package org.raspworkbench.core.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.SnapshotNumbering;

/**
 * Where the same intervention goes in TransformerLens, on the model {@code rasp export weights}
 * writes: the hook's name, the head index for an attention hook, and the residual columns (indices
 * into {@code d_model}, empty for the whole activation). A head is {@code hook_z} of that head
 * (its output is {@code z @ W_O} with no bias, so zeroing, averaging or patching {@code z} does the
 * same to what it adds), an S-op's MLP its columns of {@code hook_mlp_out}, a subspace its columns
 * of the residual hook of its snapshot. {@code TransformerLensHooksTest} checks the correspondence.
 */
public record HookPoint(String name, OptionalInt head, List<Integer> columns) {
    public HookPoint {
        columns = List.copyOf(columns);
    }

    /** The hook of a located target of {@code model} ({@link InterventionsToModel#resolve}); one per slot family. */
    public static List<HookPoint> of(CompiledModel model, InterventionTarget target) {
        List<HookPoint> out = new ArrayList<>();
        for (Slot s : InterventionsToModel.slots(model, RunsToComparison.written(model), target)) {
            if (s instanceof Slot.HeadOutput h) {
                out.add(new HookPoint("blocks." + h.layer() + ".attn.hook_z", OptionalInt.of(h.head()), List.of()));
            } else if (s instanceof Slot.MlpOutput m) {
                boolean whole = target instanceof InterventionTarget.SubLayer;
                List<Integer> cols = new ArrayList<>();
                if (!whole) for (int c : model.circuits().get(m.layer()).mlp().get(m.part()).output()) cols.add(c);
                HookPoint p = new HookPoint("blocks." + m.layer() + ".hook_mlp_out", OptionalInt.empty(), cols);
                if (!out.contains(p)) out.add(p);
            } else {
                Slot.Residual r = (Slot.Residual) s;
                List<Integer> cols = new ArrayList<>();
                for (int c : r.columns()) cols.add(c);
                out.add(new HookPoint(residualHook(r.snapshot()), OptionalInt.empty(), cols));
            }
        }
        return out;
    }

    /** TransformerLens's name for snapshot k: the stream before block 0, then mid and post of each block. */
    static String residualHook(int snapshot) {
        if (snapshot == 0) return "blocks.0.hook_resid_pre";
        int layer = SnapshotNumbering.layerOf(snapshot);
        return "blocks." + layer + (SnapshotNumbering.kindOf(snapshot) == BlockKind.ATTENTION ? ".hook_resid_mid"
                : ".hook_resid_post");
    }
}
