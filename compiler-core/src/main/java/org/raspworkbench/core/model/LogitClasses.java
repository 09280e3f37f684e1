package org.raspworkbench.core.model;

import java.util.Arrays;

/**
 * One query content's logits with every key content, kept as a class number per key content (a
 * char) and the few distinct logits the classes stand for: a categorical head's logits take two
 * or three values per query, so a row of a softmax needs as many exponentials, and the table
 * stays small enough to stay in cache (sort at n = 16: 273 x 273 pairs, 150 KB against 600 KB as
 * doubles).
 */
final class LogitClasses {
    /** Per key content, 1 + its class; 0 while unknown. */
    char[] classOf = new char[0];
    /** Key contents below this are all classed (or {@link #unclassed}): see InternedHead's fill. */
    int classedUpTo;
    /** Whether some key content below {@link #classedUpTo} has no class (there were too many). */
    boolean unclassed;
    /** The logit of each class. */
    double[] logit = new double[4];
    int count;

    /** Makes room for key contents up to {@code k}. */
    void cover(int k) {
        if (k >= classOf.length) classOf = Arrays.copyOf(classOf, Math.max(k + 1, classOf.length * 2));
    }

    /**
     * The class of key content k, whose logit is {@code l}: an existing class with the same bits or
     * a new one; 0 when there are already as many classes as a char can number.
     */
    int classify(int k, double l) {
        long bits = Double.doubleToRawLongBits(l);
        for (int c = 0; c < count; c++) {
            if (Double.doubleToRawLongBits(logit[c]) == bits) {
                classOf[k] = (char) (c + 1);
                return c + 1;
            }
        }
        if (count == Character.MAX_VALUE - 1) return 0;
        if (count == logit.length) {
            logit = Arrays.copyOf(logit, count * 2);
        }
        logit[count] = l;
        count++;
        classOf[k] = (char) count;
        return count;
    }

    /**
     * While there are at most two classes: bit k set where key content k is in the second class,
     * for key contents below {@link #classedUpTo}. 257 x 257 pairs as bits take 8 KB, as chars
     * 132 KB: a row's lookups then stay in the first-level cache.
     */
    private long[] secondClass;
    /** Key contents {@link #secondClass} covers. */
    private int bitsUpTo;

    /**
     * Each key's class (less one) into {@code cp}, for key contents all classed and at most 64
     * classes; returns which classes the keys hold, as bits.
     */
    long classesOf(int[] keys, int n, int[] cp) {
        long present = 0;
        if (count <= 2) {
            long[] second = twoClassBits();
            for (int j = 0; j < n; j++) {
                int k = keys[j];
                int c = (int) (second[k >>> 6] >>> k) & 1;
                cp[j] = c;
                present |= 1L << c;
            }
            return present;
        }
        char[] classOf = this.classOf;
        for (int j = 0; j < n; j++) {
            int c = classOf[keys[j]];
            cp[j] = c - 1;
            present |= 1L << (c - 1);
        }
        return present;
    }

    /** The bits of {@link #secondClass}, up to date with the classes; only while {@code count <= 2}. */
    private long[] twoClassBits() {
        if (bitsUpTo < classedUpTo) {
            if (secondClass == null || secondClass.length * 64 < classedUpTo) {
                secondClass = Arrays.copyOf(secondClass == null ? new long[0] : secondClass, (classOf.length + 63) / 64);
            }
            for (int k = bitsUpTo; k < classedUpTo; k++) {
                if (classOf[k] == 2) secondClass[k >>> 6] |= 1L << k;
            }
            bitsUpTo = classedUpTo;
        }
        return secondClass;
    }

    /** The last set of classes {@link #maxOf} was asked about (as bits), and its answer. */
    private long lastPresent;
    private double lastMax = Double.NEGATIVE_INFINITY;

    /**
     * The largest logit of the classes whose bits are set in {@code present} (classes below 64): a
     * row's maximum, as {@code Math.max} over its logits gives it (in any order, NaN and signed
     * zeros included). The rows of one query content mostly hold the same classes, so the last
     * answer is kept.
     */
    double maxOf(long present) {
        if (present == lastPresent) return lastMax;
        double m = Double.NEGATIVE_INFINITY;
        for (long bits = present; bits != 0; bits &= bits - 1) m = Math.max(m, logit[Long.numberOfTrailingZeros(bits)]);
        lastPresent = present;
        lastMax = m;
        return m;
    }

    /** Per maximum a row met (by bits), each class's exponential with that maximum subtracted. */
    private long[] maxBits = new long[2];
    private double[][] exps = new double[2][];
    private int[] filled = new int[2];
    private int maxes;

    /**
     * {@code exp(logit[c] - max)} for every class c known now, as a softmax row whose largest logit
     * is {@code max} computes it (the classes the row does not hold cost one exponential each, once):
     * the rows of one query content meet one or two maxima, so a row looks its exponentials up
     * instead of making them.
     */
    double[] exponentials(double max, boolean f32, HeadRunner.Exponentials exp) {
        long bits = Double.doubleToRawLongBits(max);
        int i = 0;
        while (i < maxes && maxBits[i] != bits) i++;
        if (i == maxes) {
            if (maxes == maxBits.length) {
                maxBits = Arrays.copyOf(maxBits, 2 * maxes);
                exps = Arrays.copyOf(exps, 2 * maxes);
                filled = Arrays.copyOf(filled, 2 * maxes);
            }
            maxBits[i] = bits;
            exps[i] = new double[logit.length];
            filled[i] = 0;
            maxes++;
        }
        if (filled[i] < count) {
            if (exps[i].length < count) exps[i] = Arrays.copyOf(exps[i], logit.length);
            double[] e = exps[i];
            for (int c = filled[i]; c < count; c++) e[c] = exp.of(f32 ? (float) (logit[c] - max) : logit[c] - max, f32);
            filled[i] = count;
        }
        return exps[i];
    }

    long size() {
        long n = classOf.length / 4 + 4L * logit.length;
        for (int i = 0; i < maxes; i++) n += exps[i].length;
        return n;
    }
}
