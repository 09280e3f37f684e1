package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer's MLP in an {@link InternedForwardPass}: run by {@link MlpRunner} once per content of its
 * input columns, on a row holding only that content, which gives the bits it leaves in its output
 * columns of any row with that content (it reads only those columns, and each output column holds
 * zero before it or is one it reads).
 * What it writes is numbered by the input content's number.
 */
final class InternedMlp {
    private final LayerCircuit layer;
    private final int slot;
    private final ContentReader input;
    private final int[] output;
    private final boolean f32;
    private final double[] scratch;
    private List<double[]> written = new ArrayList<>();

    InternedMlp(LayerCircuit layer, int slot, InternedForwardPass pass, int[] writers, double[] scratch, boolean f32) {
        this.layer = layer;
        this.slot = slot;
        this.input = pass.reader(columns(layer, true), writers);
        this.output = columns(layer, false);
        this.f32 = f32;
        this.scratch = scratch;
    }

    /** The columns all parts read (or write), each once, in the parts' order. */
    static int[] columns(LayerCircuit layer, boolean in) {
        java.util.LinkedHashSet<Integer> cols = new java.util.LinkedHashSet<>();
        for (MlpPart part : layer.mlp()) {
            for (int c : in ? part.input() : part.output()) cols.add(c);
        }
        return cols.stream().mapToInt(Integer::intValue).toArray();
    }

    int slot() {
        return slot;
    }

    int[] output() {
        return output;
    }

    void reset() {
        written = new ArrayList<>();
    }

    /** The number of what the MLP writes into the row at {@code base} of {@code state}. */
    int run(int[] state, int base) {
        int id = input.content(state, base);
        while (written.size() <= id) {
            input.fill(written.size(), scratch);
            MlpRunner.run(layer, new double[][]{scratch}, f32);
            double[] out = new double[output.length];
            for (int j = 0; j < output.length; j++) out[j] = scratch[output[j]];
            input.clear(scratch);
            for (int c : output) scratch[c] = 0;
            written.add(out);
        }
        return id;
    }

    double[] written(int id) {
        return written.get(id);
    }

    long size() {
        return (long) written.size() * output.length;
    }
}
