package org.raspworkbench.ui.views.token;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ResidualDecoder;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * Where a patched run reads differently from the clean run of the same model, at one snapshot:
 * both residual vectors go through the one readout ({@link ResidualDecoder#read}), so "changed"
 * means the model's own value changed, not that some component moved by rounding noise.
 */
final class ChangedAgainstClean {
    /** Numerical S-ops: a change smaller than this (relative, at least absolute) is rounding, not an effect. */
    static final double NUMERIC_TOLERANCE = 1e-6;

    private ChangedAgainstClean() {
    }

    /** Names of the S-ops whose value at {@code position} differs between the two runs. */
    static Set<String> sopsAt(ModelDigest model, TraceDigest patched, TraceDigest clean, Snapshot snapshot, int position) {
        Set<String> out = new LinkedHashSet<>();
        if (!comparable(model, patched, clean) || position >= patched.positions()) return out;
        double[] a = patched.residual(snapshot, position);
        double[] b = clean.residual(snapshot, position);
        for (SOp sop : model.encodedSops()) {
            if (differs(sop, ResidualDecoder.read(model, sop, a), ResidualDecoder.read(model, sop, b))) out.add(sop.name());
        }
        return out;
    }

    /** Stream positions (BOS is 0 and never listed) where the output S-op's value differs. */
    static Set<Integer> outputPositions(ModelDigest model, TraceDigest patched, TraceDigest clean, Snapshot snapshot) {
        Set<Integer> out = new LinkedHashSet<>();
        if (!comparable(model, patched, clean)) return out;
        SOp sop = model.output().sop();
        for (int p = 1; p < patched.positions(); p++) {
            if (differs(sop, ResidualDecoder.read(model, sop, patched.residual(snapshot, p)),
                    ResidualDecoder.read(model, sop, clean.residual(snapshot, p)))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Two runs of one model on inputs of one length (a patch never changes the input). */
    static boolean comparable(ModelDigest model, TraceDigest patched, TraceDigest clean) {
        return model != null && patched != null && clean != null && patched != clean && patched.fits(model)
                && clean.fits(model) && patched.positions() == clean.positions();
    }

    static boolean differs(SOp sop, Optional<Readout> a, Optional<Readout> b) {
        if (a.isEmpty() || b.isEmpty()) return a.isPresent() != b.isPresent();
        Value x = a.get().value();
        Value y = b.get().value();
        if (sop.isNumerical() && x instanceof NumericValue nx && y instanceof NumericValue ny) {
            double scale = Math.max(1.0, Math.max(Math.abs(nx.asDouble()), Math.abs(ny.asDouble())));
            return Math.abs(nx.asDouble() - ny.asDouble()) > NUMERIC_TOLERANCE * scale;
        }
        return !x.equals(y);
    }
}
