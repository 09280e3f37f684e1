package org.raspworkbench.core.intervention;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.GroupRole;
import org.raspworkbench.core.model.ResidualGroup;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.verification.SOpSite;

/**
 * Compares a patched run with the clean one: every S-op in the residual decoded (by the one
 * readout the views and verification use) at the snapshot where it is written, in both, and the
 * model's output. Numbers count as changed beyond {@link #TOLERANCE} (relative above 1), so float
 * noise of a recomputed sub-layer is not a change.
 */
final class RunsToComparison {
    static final double TOLERANCE = 1e-6;

    /** One S-op of the residual and where it is written. */
    record Written(SOp sop, SOpReadout readout, int snapshot) {
    }

    private RunsToComparison() {
    }

    /** Every S-op the residual holds, embedded ones (snapshot 0) first, then in the order the model writes them. */
    static List<Written> written(CompiledModel model) {
        List<Written> out = new ArrayList<>();
        List<SOpSite> sites = SOpSite.of(model);
        for (ResidualGroup g : model.groups()) {
            if (g.role() != GroupRole.VALUES || g.owner().isEmpty()) continue;
            SOp sop = g.owner().get();
            if (sites.stream().noneMatch(s -> s.sop().id() == sop.id())) {
                SOpReadout.of(model, sop).ifPresent(r -> out.add(new Written(sop, r, 0)));
            }
        }
        for (SOpSite s : sites) out.add(new Written(s.sop(), s.readout(), s.snapshot()));
        return out;
    }

    /**
     * @param readAt per entry of {@code written}, the snapshot to decode at (where it is written, or
     *               later where an intervention set its subspace)
     */
    static RunComparison compare(List<Written> written, int[] readAt, List<double[][]> clean, List<double[][]> patched,
                                 List<Value> cleanOut, List<Value> patchedOut, boolean numericalOutput) {
        List<SOpChange> sops = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            double[][] a = clean.get(readAt[i]);
            double[][] b = patched.get(readAt[i]);
            List<ValueChange> rows = new ArrayList<>();
            for (int r = 1; r < a.length; r++) {
                Value va = w.readout().decode(a[r]);
                Value vb = w.readout().decode(b[r]);
                if (differ(va, vb, w.readout().isNumerical())) rows.add(new ValueChange(r, va, vb));
            }
            if (!rows.isEmpty()) sops.add(new SOpChange(w.sop(), readAt[i], rows));
        }
        List<ValueChange> output = new ArrayList<>();
        for (int r = 1; r < cleanOut.size(); r++) {
            if (differ(cleanOut.get(r), patchedOut.get(r), numericalOutput)) {
                output.add(new ValueChange(r, cleanOut.get(r), patchedOut.get(r)));
            }
        }
        return new RunComparison(sops, output);
    }

    static boolean differ(Value a, Value b, boolean numerical) {
        if (numerical && a instanceof NumericValue x && b instanceof NumericValue y) {
            double want = x.asDouble();
            double got = y.asDouble();
            if (Double.isNaN(want) || Double.isNaN(got)) return Double.isNaN(want) != Double.isNaN(got);
            return !(Math.abs(got - want) <= TOLERANCE * Math.max(1.0, Math.abs(want)));
        }
        return !a.equals(b);
    }
}
