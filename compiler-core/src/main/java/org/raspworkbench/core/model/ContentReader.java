package org.raspworkbench.core.model;

import java.util.Arrays;

/**
 * Numbers what a set of residual columns holds in each row of an {@link InternedForwardPass}: the
 * same number for rows whose columns hold the same bits (as far as the blocks that wrote them
 * tell), so whatever reads only these columns (a head's query, an MLP, a readout) is computed once
 * per number. A row's number combines, for each block writing some of the columns, the number of
 * what that block wrote there; no row vector is hashed on the way.
 */
public final class ContentReader {
    private final InternedForwardPass pass;
    private final int[] cols;
    /** The writing slots these columns depend on, ascending. */
    private final int[] slots;
    /** Per slot: the indices into {@code cols} of the columns it writes. */
    private final int[][] within;
    private final VectorIds[] parts;
    /** Per slot: (slot id + 1) to the number of what it wrote here, -1 while unknown. */
    private final int[][] partOf;
    private final PairIds[] chain;
    /** Per number (two or more slots): the part numbers it combines. */
    private int[] combined = new int[64];
    private int numbers;
    private final int[] scratch;
    private final double[] values;

    ContentReader(InternedForwardPass pass, int[] cols, int[] writer) {
        this.pass = pass;
        this.cols = cols.clone();
        this.slots = java.util.stream.IntStream.of(cols).map(c -> writer[c]).filter(s -> s >= 0).distinct().sorted()
                .toArray();
        within = new int[slots.length][];
        parts = new VectorIds[slots.length];
        partOf = new int[slots.length][];
        for (int i = 0; i < slots.length; i++) {
            int s = slots[i];
            within[i] = java.util.stream.IntStream.range(0, cols.length).filter(j -> writer[cols[j]] == s).toArray();
        }
        chain = new PairIds[Math.max(0, slots.length - 1)];
        scratch = new int[slots.length];
        values = new double[cols.length];
        reset();
    }

    void reset() {
        for (int i = 0; i < slots.length; i++) {
            parts[i] = new VectorIds(within[i].length);
            partOf[i] = new int[16];
            Arrays.fill(partOf[i], -1);
        }
        for (int i = 0; i < chain.length; i++) chain[i] = new PairIds();
        numbers = 0;
    }

    /** Forgets the numbers of parts written by heads, which stand for the last batch's rows. */
    void beginBatch() {
        for (int i = 0; i < slots.length; i++) {
            if (pass.perBatch(slots[i])) Arrays.fill(partOf[i], -1);
        }
    }

    /** The number of what row {@code row} (0 = the BOS) of input {@code input} holds in these columns. */
    public int content(int input, int row) {
        return content(pass.state(input), row * pass.slotCount());
    }

    int content(int[] state, int base) {
        // the common case first, small enough for the JIT to inline into every reader's loop
        if (slots.length == 1) {
            int at = state[base + slots[0]] + 1;
            int[] known = partOf[0];
            if (at < known.length && known[at] >= 0) return known[at];
        }
        return combined(state, base);
    }

    private int combined(int[] state, int base) {
        if (slots.length == 0) return 0;
        int id = part(0, state[base + slots[0]]);
        if (slots.length == 1) return id;
        scratch[0] = id;
        for (int i = 1; i < slots.length; i++) {
            int p = part(i, state[base + slots[i]]);
            scratch[i] = p;
            id = chain[i - 1].of(id, p);
        }
        if (id == numbers) {
            if ((numbers + 1) * slots.length > combined.length) combined = Arrays.copyOf(combined, combined.length * 2);
            System.arraycopy(scratch, 0, combined, numbers * slots.length, slots.length);
            numbers++;
        }
        return id;
    }

    private int part(int i, int slotId) {
        int[] known = partOf[i];
        int at = slotId + 1;
        if (at < known.length && known[at] >= 0) return known[at];
        int[] w = within[i];
        double[] start = slots[i] == 0 && slotId >= 0 ? pass.startRow(slotId) : null;
        for (int j = 0; j < w.length; j++) {
            values[j] = start != null ? start[cols[w[j]]] : pass.slotValue(slots[i], slotId, cols[w[j]]);
        }
        int id = parts[i].of(values, 0);
        if (at >= known.length) {
            known = Arrays.copyOf(known, Math.max(at + 1, known.length * 2));
            Arrays.fill(known, partOf[i].length, known.length, -1);
            partOf[i] = known;
        }
        known[at] = id;
        return id;
    }

    /** What number {@code content} stands for, parallel to {@link #columns}. */
    public double[] vector(int content) {
        double[] out = new double[cols.length];
        read(content, out);
        return out;
    }

    /** What number {@code content} stands for, into {@code out} (parallel to the columns). */
    public void read(int content, double[] out) {
        for (int i = 0; i < slots.length; i++) {
            int p = slots.length == 1 ? content : combined[content * slots.length + i];
            double[] v = parts[i].vector(p);
            int[] w = within[i];
            for (int j = 0; j < w.length; j++) out[w[j]] = v[j];
        }
    }

    /** Writes {@code content} into a residual row at these columns. */
    public void fill(int content, double[] row) {
        for (int i = 0; i < slots.length; i++) {
            int p = slots.length == 1 ? content : combined[content * slots.length + i];
            double[] v = parts[i].vector(p);
            int[] w = within[i];
            for (int j = 0; j < w.length; j++) row[cols[w[j]]] = v[j];
        }
    }

    void clear(double[] row) {
        for (int c : cols) row[c] = 0;
    }

    long size() {
        long n = 0;
        for (int i = 0; i < slots.length; i++) n += (long) parts[i].size() * (within[i].length + 2) + partOf[i].length;
        for (PairIds p : chain) n += 3L * p.size();
        return n;
    }
}
