package org.raspworkbench.ui.views.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.SelectorWidthOp;

/** Which residual directions the sub-layer that produced a snapshot writes. */
public final class StepWrites {
    /** A change smaller than this between two snapshots is float noise, not a write. */
    static final double CHANGE_EPSILON = 1e-9;

    private StepWrites() {
    }

    /**
     * The directions of the S-ops the sub-layer computes (for a selector width's attention, its
     * helper direction) plus every direction whose value changed on this input. Empty for the
     * embeddings. {@code trace} may be null when only the model is known.
     */
    public static Set<BasisDirection> writtenAt(ModelDigest model, TraceDigest trace, Snapshot snapshot) {
        Set<BasisDirection> out = new LinkedHashSet<>();
        if (snapshot.producedBy().isEmpty()) return Set.of();
        SubLayer sub = snapshot.producedBy().get();
        for (SOp sop : model.computedBy(snapshot)) {
            boolean helperOnly = sop instanceof SelectorWidthOp && sub.kind() == BlockKind.ATTENTION;
            for (ResidualGroupDigest g : model.groupsOwnedBy(sop)) {
                if (g.auxiliary() == helperOnly) out.addAll(g.directions());
            }
        }
        if (trace != null && snapshot.index() < trace.snapshots().length) {
            double[][] before = trace.snapshots()[snapshot.index() - 1];
            double[][] after = trace.snapshots()[snapshot.index()];
            List<BasisDirection> residual = model.residual();
            for (int d = 0; d < residual.size(); d++) {
                for (int p = 0; p < after.length; p++) {
                    if (Math.abs(after[p][d] - before[p][d]) > CHANGE_EPSILON) {
                        out.add(residual.get(d));
                        break;
                    }
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
