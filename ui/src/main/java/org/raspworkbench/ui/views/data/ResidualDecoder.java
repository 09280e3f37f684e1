package org.raspworkbench.ui.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/** Reads a residual vector back as one value per S-op, as Tracr's output decoding does. */
public final class ResidualDecoder {
    /**
     * A categorical direction counts as on above this; an untouched S-op leaves all its
     * directions at 0, a written one sets one of them to 1.
     */
    static final double ON_THRESHOLD = 0.5;
    /**
     * Numerical MLPs approximate their function on a discretised input, so a numerical value is
     * taken to match when within 1% (at least 0.01 absolute).
     */
    static final double NUMERIC_TOLERANCE = 0.01;

    private ResidualDecoder() {
    }

    /** Every S-op encoded in the residual, in program order, decoded at one position. */
    public static List<DecodedValue> decode(ModelDigest model, TraceDigest trace, Snapshot snapshot, int position) {
        double[] vector = trace.residual(snapshot, position);
        List<DecodedValue> out = new ArrayList<>();
        for (SOp sop : model.encodedSops()) {
            ResidualGroup group = model.valueGroup(sop).orElseThrow();
            Optional<Value> decoded = decodeGroup(sop, group, vector);
            Optional<Value> expected = trace.expectedAt(sop, position);
            out.add(new DecodedValue(sop, decoded, expected,
                    verdict(sop, decoded, expected, model.completedAt(sop).index() <= snapshot.index())));
        }
        return out;
    }

    /** The value a group of directions holds in {@code vector}. */
    public static Optional<Value> decodeGroup(SOp sop, ResidualGroup group, double[] vector) {
        List<Integer> cols = group.columns();
        if (sop.isNumerical()) {
            return cols.isEmpty() ? Optional.empty() : Optional.of(FloatValue.of(vector[cols.get(0)]));
        }
        int best = -1;
        for (int i = 0; i < cols.size(); i++) {
            if (best < 0 || vector[cols.get(i)] > vector[cols.get(best)]) best = i;
        }
        if (best < 0 || vector[cols.get(best)] <= ON_THRESHOLD) return Optional.empty();
        BasisDirection d = group.directions().get(best);
        return Optional.ofNullable(d.value());
    }

    static Verdict verdict(SOp sop, Optional<Value> decoded, Optional<Value> expected, boolean computed) {
        if (!computed) return Verdict.NOT_COMPUTED_YET;
        if (expected.isEmpty() || expected.get() instanceof NoneValue) return Verdict.NOTHING_EXPECTED;
        if (decoded.isEmpty()) return Verdict.MISMATCH;
        return agrees(sop, decoded.get(), expected.get()) ? Verdict.MATCH : Verdict.MISMATCH;
    }

    private static boolean agrees(SOp sop, Value decoded, Value expected) {
        if (sop.isNumerical()) {
            if (!(decoded instanceof NumericValue d) || !(expected instanceof NumericValue e)) return false;
            double tolerance = NUMERIC_TOLERANCE * Math.max(1.0, Math.abs(e.asDouble()));
            return Math.abs(d.asDouble() - e.asDouble()) <= tolerance;
        }
        return decoded.equals(expected);
    }
}
