package org.raspworkbench.core.circuits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.model.SnapshotNumbering;

/**
 * Direct attribution from a forward trace (a clean or a patched run): each sub-layer's share is
 * its residual delta (the snapshot after it minus the one before), the embeddings' share snapshot 0.
 * An attention sub-layer is split into its heads by the columns each head's output map writes:
 * Tracr gives every head its own S-op's directions, so the heads of a layer never share a column
 * and the split is exact; anything the sub-layer wrote elsewhere (an intervention) is its own
 * component. The shares therefore add up to the final residual's value in each direction.
 */
public final class TraceToAttribution {
    private TraceToAttribution() {
    }

    /** One attribution per input position (BOS left out). */
    public static List<PositionAttribution> run(CompiledModel model, ForwardTrace trace) {
        List<double[][]> s = trace.snapshots();
        double[][] last = s.get(s.size() - 1);
        SOpReadout out = SOpReadout.output(model);
        List<BasisDirection> dirs = model.output().unembedding();
        List<PositionAttribution> result = new ArrayList<>();
        for (int p = 1; p < last.length; p++) {
            int win = out.isNumerical() ? 0 : out.argmax(last[p]);
            int second = -1;
            for (int j = 0; j < out.columns().length; j++) {
                if (j != win && (second < 0 || last[p][out.columns()[j]] > last[p][out.columns()[second]])) second = j;
            }
            if (out.isNumerical()) second = -1;
            int wc = out.columns()[win];
            int rc = second < 0 ? -1 : out.columns()[second];
            List<Contribution> parts = new ArrayList<>();
            parts.add(share(new Component(ComponentKind.EMBEDDINGS, -1, -1, List.of()), s.get(0)[p], null, wc, rc));
            for (LayerCircuit layer : model.circuits()) {
                int l = layer.layer();
                double[] before = s.get(SnapshotNumbering.after(l, BlockKind.ATTENTION) - 1)[p];
                double[] afterAttn = s.get(SnapshotNumbering.after(l, BlockKind.ATTENTION))[p];
                double[] afterMlp = s.get(SnapshotNumbering.after(l, BlockKind.MLP))[p];
                double wRest = afterAttn[wc] - before[wc];
                double rRest = rc < 0 ? 0 : afterAttn[rc] - before[rc];
                for (int h = 0; h < layer.heads().size(); h++) {
                    HeadCircuit head = layer.heads().get(h);
                    double w = writes(head, wc) ? afterAttn[wc] - before[wc] : 0;
                    double r = rc >= 0 && writes(head, rc) ? afterAttn[rc] - before[rc] : 0;
                    wRest -= w;
                    rRest -= r;
                    parts.add(new Contribution(new Component(ComponentKind.HEAD, l, h, List.of(head.sop())), w, r));
                }
                if (wRest != 0 || rRest != 0) {
                    parts.add(new Contribution(new Component(ComponentKind.ATTENTION_REST, l, -1, List.of()), wRest, rRest));
                }
                Component mlp = new Component(ComponentKind.MLP, l, -1, model.block(l, BlockKind.MLP).sops());
                parts.add(share(mlp, afterMlp, afterAttn, wc, rc));
            }
            result.add(new PositionAttribution(p, dirs.get(win), second < 0 ? Optional.empty() : Optional.of(dirs.get(second)),
                    last[p][wc], rc < 0 ? 0 : last[p][rc], parts));
        }
        return List.copyOf(result);
    }

    private static boolean writes(HeadCircuit head, int column) {
        for (int c : head.output()) {
            if (c == column) return true;
        }
        return false;
    }

    /** {@code after - before} in the two columns ({@code before} null: zero). */
    private static Contribution share(Component c, double[] after, double[] before, int wc, int rc) {
        double w = after[wc] - (before == null ? 0 : before[wc]);
        double r = rc < 0 ? 0 : after[rc] - (before == null ? 0 : before[rc]);
        return new Contribution(c, w, r);
    }
}
