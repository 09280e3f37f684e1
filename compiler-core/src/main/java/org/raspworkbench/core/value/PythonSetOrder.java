package org.raspworkbench.core.value;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which CPython iterates a set built by adding values one by one: its hash table's
 * slot order (open addressing, nine linear probes then perturbation, growth to four times the
 * entries when three fifths full), with CPython's hashes for numbers and tuples of them. Tracr's
 * value-set inference iterates its input sets this way, and a set keeps the first of two equal
 * values added ({@code 0.0} and {@code -0.0}, {@code 2} and {@code 2.0}), so this order decides
 * which of them names a direction. Strings (and values holding them) hash randomly per Python
 * process ({@code PYTHONHASHSEED}); for them any order is one Tracr could take, and Java's string
 * hash stands in.
 */
public final class PythonSetOrder {
    private static final long MODULUS = (1L << 61) - 1;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    private PythonSetOrder() {
    }

    /** {@code distinct} (no two equal) in the order a set that received them in this order iterates. */
    public static List<Value> iterationOrder(List<Value> distinct) {
        Value[] table = new Value[8];
        long[] hashes = new long[8];
        int fill = 0;
        for (Value v : distinct) {
            long h = hash(v);
            insert(table, hashes, v, h);
            fill++;
            int mask = table.length - 1;
            if ((long) fill * 5 >= (long) mask * 3) {
                int newSize = 8;
                long minUsed = fill > 50000 ? fill * 2L : fill * 4L;
                while (newSize <= minUsed) newSize <<= 1;
                Value[] newTable = new Value[newSize];
                long[] newHashes = new long[newSize];
                for (int i = 0; i < table.length; i++) {
                    if (table[i] != null) insert(newTable, newHashes, table[i], hashes[i]);
                }
                table = newTable;
                hashes = newHashes;
            }
        }
        List<Value> out = new ArrayList<>(distinct.size());
        for (Value v : table) {
            if (v != null) out.add(v);
        }
        return out;
    }

    private static void insert(Value[] table, long[] hashes, Value v, long hash) {
        long mask = table.length - 1;
        long perturb = hash; // used as an unsigned size_t
        long i = hash & mask;
        while (true) {
            if (table[(int) i] == null) {
                put(table, hashes, (int) i, v, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[(int) (i + j)] == null) {
                        put(table, hashes, (int) (i + j), v, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private static void put(Value[] table, long[] hashes, int i, Value v, long hash) {
        table[i] = v;
        hashes[i] = hash;
    }

    /** CPython's {@code hash()} (64-bit build) for numbers, None-free tuples and, as a stand-in, others. */
    public static long hash(Value v) {
        if (v instanceof BoolValue b) return b.value() ? 1 : 0;
        if (v instanceof IntValue i) return intHash(i.value());
        if (v instanceof FloatValue f) return floatHash(f.value());
        if (v instanceof TupleValue t) return tupleHash(t.items());
        return v.hashCode();
    }

    private static long intHash(long x) {
        long h;
        if (x == Long.MIN_VALUE) {
            h = -Long.remainderUnsigned(1L << 63, MODULUS);
        } else {
            h = Long.signum(x) * (Math.abs(x) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    private static long floatHash(double v) {
        if (Double.isNaN(v)) return 0; // CPython 3.10+ hashes NaN by identity: any slot is possible
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return intHash((long) v);
        double a = Math.abs(v);
        // frexp: a = m * 2^e with 0.5 <= m < 1 (a subnormal is scaled up first)
        int e = a < Double.MIN_NORMAL ? Math.getExponent(a * 0x1p54) + 1 - 54 : Math.getExponent(a) + 1;
        double m = Math.scalb(a, -e);
        long sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static long tupleHash(List<Value> items) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Value item : items) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
