package org.raspworkbench.ui.views.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.Readout;
import org.raspworkbench.core.model.ResidualReadout;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Reads a residual vector back as one value per S-op with the core's {@link ResidualReadout}, the
 * readout the forward pass uses for the model's output: so the output S-op decodes here to what
 * {@code rasp trace} prints, and every other S-op is read the same way.
 */
public final class ResidualDecoder {
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
        for (SOp sop : model.encodedSops()) out.add(decode(model, trace, snapshot, position, sop, vector));
        return out;
    }

    /** The output S-op at every input position (BOS excluded: entry {@code i} is position {@code i + 1}). */
    public static List<DecodedValue> outputRow(ModelDigest model, TraceDigest trace, Snapshot snapshot) {
        SOp sop = model.output().sop();
        List<DecodedValue> out = new ArrayList<>();
        for (int p = 1; p < trace.positions(); p++) {
            out.add(decode(model, trace, snapshot, p, sop, trace.residual(snapshot, p)));
        }
        return out;
    }

    private static DecodedValue decode(ModelDigest model, TraceDigest trace, Snapshot snapshot, int position, SOp sop,
                                       double[] vector) {
        Optional<Readout> readout = read(model, sop, vector);
        Optional<Value> expected = trace.expectedAt(sop, position);
        boolean computed = model.completedAt(sop).index() <= snapshot.index();
        return new DecodedValue(sop, readout, expected, verdict(sop, readout.map(Readout::value), expected, computed));
    }

    /**
     * What the S-op's directions hold in {@code vector}: the output through the unembedding's
     * columns, any other S-op through its value group (stream order); empty if it has none.
     */
    public static Optional<Readout> read(ModelDigest model, SOp sop, double[] vector) {
        List<Integer> columns;
        List<BasisDirection> directions;
        if (model.isOutput(sop)) {
            columns = model.output().columns();
            directions = model.output().directions();
        } else {
            Optional<ResidualGroupDigest> group = model.valueGroup(sop);
            if (group.isEmpty()) return Optional.empty();
            columns = group.get().columns();
            directions = group.get().directions();
        }
        if (columns.isEmpty()) return Optional.empty();
        int[] cols = columns.stream().mapToInt(Integer::intValue).toArray();
        List<Value> values = new ArrayList<>();
        for (BasisDirection d : directions) values.add(d.value());
        return Optional.of(ResidualReadout.read(sop.encoding(), vector, cols, values));
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
