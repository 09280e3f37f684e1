package org.raspworkbench.core.model;

import java.util.Arrays;

/**
 * Numbers pairs of non-negative ints densely in the order they are first seen: the id of a
 * combination of two contents. Open addressing on a packed long, so a lookup allocates nothing.
 */
final class PairIds {
    private long[] keys = new long[64];
    private int[] ids = new int[64];
    private int size;

    PairIds() {
        Arrays.fill(keys, -1);
    }

    /** The id of (a, b), numbering it next if it is new. */
    int of(int a, int b) {
        long key = ((long) a << 32) | (b & 0xFFFFFFFFL);
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return ids[i];
            if (k == -1) break;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        ids[i] = size;
        if (++size * 2 > keys.length) grow();
        return size - 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[keys.length];
        Arrays.fill(keys, -1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == -1) continue;
            int i = mix(oldKeys[j]) & mask;
            while (keys[i] != -1) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            ids[i] = oldIds[j];
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
