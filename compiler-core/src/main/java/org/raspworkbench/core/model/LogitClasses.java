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

    long size() {
        return classOf.length / 4 + 4L * logit.length;
    }
}
