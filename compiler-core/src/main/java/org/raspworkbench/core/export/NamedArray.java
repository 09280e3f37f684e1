package org.raspworkbench.core.export;

import java.io.IOException;
import java.util.Arrays;

/** One entry of an {@code .npz} file held in memory: a state-dict key and its array. */
public record NamedArray(String key, NdArray array) implements StateDictEntry {
    @Override
    public int[] shape() {
        return array.shape();
    }

    @Override
    public void writeRows(RowSink sink) throws IOException {
        int[] shape = array.shape();
        int width = shape.length == 0 ? 1 : shape[shape.length - 1];
        double[] data = array.data();
        if (width == 0) {
            // No values, but still one (empty) row per index of the leading dimensions.
            for (long r = 0; r < leadingRows(shape); r++) sink.row(new double[0]);
            return;
        }
        for (int from = 0; from < data.length; from += width) sink.row(Arrays.copyOfRange(data, from, from + width));
    }

    private static long leadingRows(int[] shape) {
        long n = 1;
        for (int i = 0; i < shape.length - 1; i++) n *= shape[i];
        return n;
    }
}
