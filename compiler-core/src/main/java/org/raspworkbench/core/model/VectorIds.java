package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers vectors of one width by their exact bits, densely in the order first seen, and keeps
 * each: two rows whose part holds the same bits get the same id, so whatever reads only that part
 * is computed once for both.
 */
final class VectorIds {
    private final int width;
    private final List<double[]> vectors = new ArrayList<>();
    private int[] table = new int[64];
    private int[] hashes = new int[64];
    /** Each kept vector's hash, so growing the table hashes nothing again. */
    private int[] hashOf = new int[32];

    VectorIds(int width) {
        this.width = width;
        Arrays.fill(table, -1);
    }

    /** The id of {@code v[from .. from + width)}, keeping a copy when it is new. */
    int of(double[] v, int from) {
        int h = hash(v, from);
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] != -1) {
            if (hashes[i] == h && same(vectors.get(table[i]), v, from)) return table[i];
            i = (i + 1) & mask;
        }
        int id = vectors.size();
        vectors.add(Arrays.copyOfRange(v, from, from + width));
        if (id == hashOf.length) hashOf = Arrays.copyOf(hashOf, id * 2);
        hashOf[id] = h;
        table[i] = id;
        hashes[i] = h;
        if (vectors.size() * 2 > table.length) grow();
        return id;
    }

    double[] vector(int id) {
        return vectors.get(id);
    }

    int size() {
        return vectors.size();
    }

    private boolean same(double[] kept, double[] v, int from) {
        for (int j = 0; j < width; j++) {
            if (Double.doubleToRawLongBits(kept[j]) != Double.doubleToRawLongBits(v[from + j])) return false;
        }
        return true;
    }

    private int hash(double[] v, int from) {
        long h = 0x632BE59BD9B4E019L;
        for (int j = 0; j < width; j++) h = (h ^ Double.doubleToRawLongBits(v[from + j])) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 31));
    }

    private void grow() {
        table = new int[table.length * 2];
        hashes = new int[table.length];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int id = 0; id < vectors.size(); id++) {
            int h = hashOf[id];
            int i = h & mask;
            while (table[i] != -1) i = (i + 1) & mask;
            table[i] = id;
            hashes[i] = h;
        }
    }
}
