package org.raspworkbench.core.export;

import java.io.IOException;

/**
 * One state-dict array as a writer needs it: its key, its shape, and its values produced one row
 * (the last dimension) at a time in C order, so that an export never holds a whole dense matrix.
 */
public interface StateDictEntry {
    /** Receives one row; the array is reused between calls and must not be kept. */
    @FunctionalInterface
    interface RowSink {
        void row(double[] values) throws IOException;
    }

    String key();

    int[] shape();

    /** Calls {@code sink} once per row, {@code product(shape[0..rank-1))} times, each of length {@code shape[rank-1]}. */
    void writeRows(RowSink sink) throws IOException;

    /** The number of values. */
    default long size() {
        long n = 1;
        for (int d : shape()) n *= d;
        return n;
    }
}
