package org.raspworkbench.core.evaluation;


/**
 * A map from a pair of longs to an int without boxing, for memo lookups on the hot path (open
 * addressing, linear probing, grown at half full).
 */
final class PairTable {
    static final int ABSENT = Integer.MIN_VALUE;

    private long[] first = new long[16];
    private long[] second = new long[16];
    private int[] values = new int[16];
    private boolean[] used = new boolean[16];
    private int size;

    int get(long a, long b) {
        int mask = used.length - 1;
        for (int i = slot(a, b) & mask; used[i]; i = (i + 1) & mask) {
            if (first[i] == a && second[i] == b) return values[i];
        }
        return ABSENT;
    }

    void put(long a, long b, int value) {
        if (2 * (size + 1) > used.length) grow();
        int mask = used.length - 1;
        int i = slot(a, b) & mask;
        while (used[i] && !(first[i] == a && second[i] == b)) i = (i + 1) & mask;
        if (!used[i]) size++;
        used[i] = true;
        first[i] = a;
        second[i] = b;
        values[i] = value;
    }

    int size() {
        return size;
    }

    /** Slots held (each entry costs about 21 bytes of them). */
    int capacity() {
        return used.length;
    }

    void clear() {
        first = new long[16];
        second = new long[16];
        values = new int[16];
        used = new boolean[16];
        size = 0;
    }

    private void grow() {
        long[] f = first;
        long[] s = second;
        int[] v = values;
        boolean[] u = used;
        first = new long[f.length * 2];
        second = new long[f.length * 2];
        values = new int[f.length * 2];
        used = new boolean[f.length * 2];
        size = 0;
        for (int i = 0; i < u.length; i++) if (u[i]) put(f[i], s[i], v[i]);
    }

    private static int slot(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }
}
