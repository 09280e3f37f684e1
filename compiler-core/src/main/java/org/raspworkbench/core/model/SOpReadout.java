package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * Reads one S-op's value back from a residual vector, as Tracr's output decoding does: the argmax
 * over its directions for a categorical S-op (the first of equal maxima), the single direction's
 * value for a numerical one. The unembedding reads the output this way; verification reads every
 * S-op this way.
 *
 * @param columns the residual columns of the S-op's directions
 * @param values  for a categorical S-op, the value each column stands for (parallel to columns)
 */
public record SOpReadout(SOp sop, Encoding encoding, int[] columns, List<Value> values) {
    public SOpReadout {
        values = List.copyOf(values);
    }

    /** How the unembedding reads the model's output. */
    public static SOpReadout output(CompiledModel model) {
        OutputSpec out = model.output();
        List<Value> values = new ArrayList<>();
        out.unembedding().forEach(d -> values.add(d.value()));
        return new SOpReadout(out.sop(), out.encoding(), model.embedding().outputColumns(),
                out.encoding() == Encoding.NUMERICAL ? List.of() : values);
    }

    /** How the S-op's value directions hold it; empty if the residual does not hold it. */
    public static Optional<SOpReadout> of(CompiledModel model, SOp sop) {
        return model.groupOf(sop).map(g -> {
            int[] cols = new int[g.size()];
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < cols.length; i++) {
                cols[i] = g.from() + i;
                values.add(model.residual().get(g.from() + i).value());
            }
            return new SOpReadout(sop, sop.encoding(), cols, sop.isNumerical() ? List.of() : values);
        });
    }

    public boolean isNumerical() {
        return encoding == Encoding.NUMERICAL;
    }

    /** The value with its ties, read by the one readout the IDE and the forward pass share. */
    public Readout read(double[] x) {
        return ResidualReadout.read(encoding, x, columns, values);
    }

    /** The value {@link #read} gives, without collecting its ties (verification decodes millions). */
    public Value decode(double[] x) {
        if (!decodesByArgmax()) return read(x).value();
        return values.get(argmax(x));
    }

    /** Whether {@link #decode} is the value of the argmax column: categorical, with a value per column. */
    public boolean decodesByArgmax() {
        return !isNumerical() && values.size() == columns.length && columns.length > 0;
    }

    /**
     * What {@link #decode} gives for a row whose entries are read from {@code x} at {@code offset}
     * plus each column (a row of a larger array); only where {@link #decodesByArgmax}.
     */
    public Value decode(double[] x, int offset) {
        return values.get(ResidualReadout.argmax(x, offset, columns));
    }

    /** The column (index into {@link #columns}) holding the largest entry; the first of equals. */
    public int argmax(double[] x) {
        return ResidualReadout.argmax(x, 0, columns);
    }

    /**
     * A categorical decode's margin for the value it should hold: that value's entry minus the
     * largest other entry (negative when another value wins); NaN when the S-op has no direction
     * for the value.
     */
    public double categoricalMargin(double[] x, Value expected) {
        return categoricalMargin(x, values.indexOf(expected));
    }

    /** As {@link #categoricalMargin(double[], Value)} for the value of column {@code want} (-1: none). */
    public double categoricalMargin(double[] x, int want) {
        return categoricalMargin(x, 0, want);
    }

    /** As {@link #categoricalMargin(double[], int)} for a row read from {@code x} at {@code offset} plus each column. */
    public double categoricalMargin(double[] x, int offset, int want) {
        if (want < 0) return Double.NaN;
        // four maxima taken side by side, then combined: Math.max is the maximum of a total order
        // (-0 below +0, NaN above all), so any grouping gives the same value, and one chain waits
        // on each comparison before the next (a third of verification's output check on sort)
        int[] c = columns;
        double m0 = Double.NEGATIVE_INFINITY, m1 = m0, m2 = m0, m3 = m0;
        int j = 0;
        for (; j + 3 < c.length; j += 4) {
            m0 = Math.max(m0, j == want ? Double.NEGATIVE_INFINITY : x[offset + c[j]]);
            m1 = Math.max(m1, j + 1 == want ? Double.NEGATIVE_INFINITY : x[offset + c[j + 1]]);
            m2 = Math.max(m2, j + 2 == want ? Double.NEGATIVE_INFINITY : x[offset + c[j + 2]]);
            m3 = Math.max(m3, j + 3 == want ? Double.NEGATIVE_INFINITY : x[offset + c[j + 3]]);
        }
        for (; j < c.length; j++) m0 = Math.max(m0, j == want ? Double.NEGATIVE_INFINITY : x[offset + c[j]]);
        double other = Math.max(Math.max(m0, m1), Math.max(m2, m3));
        return other == Double.NEGATIVE_INFINITY ? Double.NaN : x[offset + c[want]] - other;
    }
}
