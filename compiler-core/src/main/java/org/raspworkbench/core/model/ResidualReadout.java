package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.Value;

/**
 * Reads a value off residual directions as Tracr's compiled model reads its output: the argmax
 * over the categorical directions ({@code jnp.argmax}, so among equal maxima the first column
 * wins), or the single direction's number for a numerical S-op. The forward pass decodes the
 * output with it and the IDE decodes every S-op with it, so both say the same.
 */
public final class ResidualReadout {
    /**
     * Components closer than this to the largest are reported as tied with it. Softmax averaging
     * leaves ties that differ by about 1e-9; a genuine winner of a one-hot encoding is ahead by
     * about 1.
     */
    public static final double TIE_TOLERANCE = 1e-6;

    private ResidualReadout() {
    }

    /**
     * @param vector  one position of a residual snapshot
     * @param columns the S-op's residual columns, in unembedding (for other S-ops: stream) order
     * @param values  the value each column stands for (ignored for a numerical S-op)
     * @throws IllegalArgumentException if there are no columns
     */
    public static Readout read(Encoding encoding, double[] vector, int[] columns, List<Value> values) {
        if (columns.length == 0) throw new IllegalArgumentException("no directions to read");
        if (encoding == Encoding.NUMERICAL) {
            double x = vector[columns[0]];
            Value v = FloatValue.of(x);
            return new Readout(v, List.of(v), x);
        }
        if (values.size() != columns.length) {
            throw new IllegalArgumentException(columns.length + " columns but " + values.size() + " values");
        }
        int best = argmax(vector, columns);
        double top = vector[columns[best]];
        List<Value> tied = new ArrayList<>();
        tied.add(values.get(best));
        for (int j = 0; j < columns.length; j++) {
            if (j != best && top - vector[columns[j]] <= TIE_TOLERANCE) tied.add(values.get(j));
        }
        return new Readout(values.get(best), tied, top);
    }

    /** The index into {@code columns} of the largest entry; the first of equal maxima. */
    public static int argmax(double[] vector, int[] columns) {
        return argmax(vector, 0, columns);
    }

    /** As {@link #argmax(double[], int[])} over the entries at {@code offset} plus each column. */
    public static int argmax(double[] vector, int offset, int[] columns) {
        int best = 0;
        double top = vector[offset + columns[0]];
        for (int j = 1; j < columns.length; j++) {
            double v = vector[offset + columns[j]];
            if (v > top) {
                best = j;
                top = v;
            }
        }
        return best;
    }
}
