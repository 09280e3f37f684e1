package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One head of an {@link InternedForwardPass}: {@link HeadRunner}'s arithmetic (the same kernels, so
 * the same bits) with each part kept per content number instead of recomputed per row: a query's
 * projection, a key's non-zero entries and a value per content ({@link HeadContents}), a logit
 * class per (query, key) content pair ({@link LogitClasses}), and each exponential the softmax
 * meets. Only the
 * softmax itself and the weighted sum run per row. (Keeping whole attention rows was tried: on sort
 * at n = 16 looking a row up cost as much as computing it.) What it writes is kept per batch row:
 * it is rarely the same twice (the small weights of the keys not selected differ), so numbering it
 * would cost more than it saves.
 */
final class InternedHead {
    private final int slot;
    private final ContentReader query;
    private final ContentReader key;
    private final ContentReader value;
    private final boolean f32;
    private final boolean causal;
    private final double scale;
    private final int width;
    private final HeadRunner.Exponentials exp = new HeadRunner.Exponentials();
    /** What the head wrote into each row of the current batch, {@code width} entries a row. */
    private double[] out = new double[0];
    /** Per query content, its logits with the key contents. */
    private List<LogitClasses> logits;
    /** Key contents the logit tables cover, summed over query contents; bounded by {@link #LOGIT_CELLS}. */
    private long logitCells;
    private static final long LOGIT_CELLS = 4_000_000;
    // buffers of one input's rows, reused (an input allocates nothing once they are long enough)
    /** The largest key content of the input being run. */
    private int maxKey;
    private int[] qBuf = new int[0], kBuf = new int[0], vBuf = new int[0], idsBuf = new int[0], rowBuf = new int[0];
    private int[][] clsBuf = new int[0][];
    private double[][] logitBuf = new double[0][];
    /** Per row, its query content's exponentials for the row's maximum (shared, not the row's own). */
    private double[][] expBuf = new double[0][];
    /** Per row, how many classes its query content had when the row was made. */
    private int[] counts = new int[0];
    /** Up to this many classes a row's weights are made for every class, not only those it holds. */
    private static final int FEW_CLASSES = 8;
    /** Up to this many key contents, a query content's logits are classed with all of them at once. */
    private static final int EAGER_KEY_CONTENTS = 4096;
    private boolean[] classedBuf = new boolean[0];
    /** Per row, its query content's classes. */
    private LogitClasses[] rowClasses = new LogitClasses[0];
    private double[] sumBuf = new double[0];
    private double[] weightBuf = new double[4];
    private int[] liveKey = new int[0], liveCol = new int[0];
    /** The classes of the row {@link #weights} makes again. */
    private int[] weightClasses = new int[0];
    private double[] liveVal = new double[0];
    /** Which classes a row holds: {@code mark[c] == marks} for the row being made. */
    private int[] mark = new int[16];
    private int marks;
    private final HeadContents contents;

    InternedHead(HeadCircuit head, int slot, InternedForwardPass pass, int[] writers, double[] scratch, int keySize,
                 boolean causal, boolean f32) {
        this.slot = slot;
        this.query = pass.reader(head.query(), writers);
        this.key = pass.reader(head.key(), writers);
        this.value = pass.reader(head.value(), writers);
        this.f32 = f32;
        this.causal = causal;
        this.scale = Math.sqrt(keySize);
        this.width = head.output().length;
        this.contents = new HeadContents(head, query, key, value, scratch, f32);
        reset();
    }

    int slot() {
        return slot;
    }

    void reset() {
        logits = new ArrayList<>();
        logitCells = 0;
        contents.reset();
    }

    /** What the head wrote into batch row {@code id} at its output columns {@code at[j]}, into {@code into[j]}. */
    void written(int id, int[] at, double[] into) {
        double[] out = this.out;
        int base = id * width;
        for (int j = 0; j < at.length; j++) into[j] = out[base + at[j]];
    }

    /** What the head wrote into the batch's rows: row {@code id}'s output column m at {@code id * width + m}. */
    double[] rows() {
        return out;
    }

    int width() {
        return width;
    }

    /** What the head wrote into batch row {@code id} at its output column {@code m}. */
    double written(int id, int m) {
        return out[id * width + m];
    }

    /** Makes room for what the head writes into a batch of {@code rows} rows. */
    void beginBatch(int rows) {
        if (out.length < rows * width) out = new double[rows * width];
        else Arrays.fill(out, 0, rows * width, 0);
    }

    /**
     * Runs the head on one input's rows, reading the slot numbers in {@code state} (rows of
     * {@code slots} entries), and keeps what it writes as the batch's rows {@code base ..};
     * returns per row the number of what it wrote (the batch row), to be stored once every head
     * of the layer has read the residual.
     */
    int[] run(int[] state, int n, int slots, boolean[] pad, int base) {
        // the logit tables are a cache: dropped when query and key contents rarely repeat and they grow
        if (logitCells > LOGIT_CELLS) {
            logits = new ArrayList<>();
            logitCells = 0;
        }
        ensureScratch(n);
        // small methods, each compiled with its callees inlined: as one method of 1,338 bytes of
        // bytecode, C2 stopped inlining (NodeCountInliningCutoff) and called weight() per entry
        boolean anyPad = readContents(state, n, slots, pad);
        int entries = gatherValues(n);
        boolean[] mask = anyPad ? pad : null;
        for (int p = 0; p < n; p++) classRow(p, n, mask);
        double[] sums = RowSums.of(clsBuf, expBuf, classedBuf, n, f32, sumBuf, rowBuf);
        for (int p = 0; p < n; p++) {
            int at = (base + p) * width;
            double sum = sums[p];
            if (classedBuf[p] && Double.isFinite(sum) && sum > 0) {
                if (entries < counts[p]) weighEntries(p, at, entries, sum);
                else weighClasses(p, at, n, entries, sum);
            } else {
                general(p, at, n, mask);
            }
            // landing in the residual adds it to the zeros only this head writes, 0.0 + x, which is x
            // itself: the sums start from +0, so none is -0, the one value the addition would change
            idsBuf[p] = base + p;
        }
        return idsBuf;
    }

    /** Each row's query, key and value contents; whether a row holds PAD. Also covers the keys' entries. */
    private boolean readContents(int[] state, int n, int slots, boolean[] pad) {
        int[] q = qBuf, k = kBuf, v = vBuf;
        boolean anyPad = false;
        int maxKey = 0;
        for (int p = 0; p < n; p++) {
            q[p] = query.content(state, p * slots);
            k[p] = key.content(state, p * slots);
            v[p] = value.content(state, p * slots);
            anyPad |= pad[p];
            maxKey = Math.max(maxKey, k[p]);
        }
        contents.coverKeys(maxKey);
        this.maxKey = maxKey;
        return anyPad;
    }

    /**
     * The non-zero value entries of all keys, key by key, each key's in column order (per output
     * column the terms then come in key order, as in HeadRunner's dense loop); returns how many.
     */
    private int gatherValues(int n) {
        int[] v = vBuf;
        int entries = 0;
        for (int j = 0; j < n; j++) entries += contents.valueNz(v[j]).length;
        if (liveKey.length < entries) {
            liveKey = new int[entries];
            liveCol = new int[entries];
            liveVal = new double[entries];
        }
        int[] liveKey = this.liveKey, liveCol = this.liveCol;
        double[] liveVal = this.liveVal;
        for (int j = 0, t = 0; j < n; j++) {
            int[] at = contents.valueNz(v[j]);
            double[] vals = contents.valueNzValues(v[j]);
            for (int i = 0; i < at.length; i++, t++) {
                liveKey[t] = j;
                liveCol[t] = at[i];
                liveVal[t] = vals[i];
            }
        }
        return entries;
    }

    /**
     * Row p's class per key, and when every logit has one and no mask applies (a classed row), the
     * exponentials of its query content's classes for the row's maximum.
     */
    private void classRow(int p, int n, boolean[] mask) {
        int[] q = qBuf, k = kBuf;
        LogitClasses lc = classes(q[p], maxKey);
        boolean classed = !causal && mask == null;
        int[] cp = clsBuf[p];
        double[] lp = logitBuf[p];
        // the classes the row holds, as bits while there are at most 64: a max over the row's
        // logits one by one waits on every comparison before the next
        long present = 0;
        int highest = 0;
        if (lc.classedUpTo <= maxKey && maxKey < EAGER_KEY_CONTENTS) fill(lc, q[p], maxKey);
        if (lc.classedUpTo > maxKey && !lc.unclassed) {
            // every key content has a class: the loop only reads them (a logit made in it, however
            // rarely, kept the JIT compiler from compiling the lookups tightly)
            if (lc.count <= 64) {
                present = lc.classesOf(k, n, cp);
                highest = lc.count;
            } else {
                char[] classOf = lc.classOf;
                for (int j = 0; j < n; j++) {
                    int c = classOf[k[j]];
                    cp[j] = c - 1;
                    present |= 1L << (c - 1);
                    highest = Math.max(highest, c);
                }
            }
        } else for (int j = 0; j < n; j++) {
            int c = lc.classOf[k[j]];
            if (c == 0) {
                double l = contents.logit(contents.projection(q[p]), k[j], scale);
                c = lc.classify(k[j], l);
                // kept for a row that falls back (an unclassed logit has no class to hold it)
                lp[j] = l;
                classed &= c > 0;
            }
            cp[j] = c - 1;
            present |= 1L << (c - 1);
            highest = Math.max(highest, c);
        }
        // a row's max is the max of its classes (Math.max is order-blind, NaN and signed zeros
        // included), and equal logits give equal exponentials
        if (classed) {
            double m = Double.NEGATIVE_INFINITY;
            if (highest <= 64) {
                m = lc.maxOf(present);
            } else {
                for (int j = 0; j < n; j++) m = Math.max(m, lc.logit[cp[j]]);
            }
            expBuf[p] = lc.exponentials(m, f32, exp);
            counts[p] = lc.count;
        }
        classedBuf[p] = classed;
        rowClasses[p] = lc;
    }

    /*
     * In a classed row with a finite positive sum each exponential is at most the sum, so every
     * weight is finite and a zero value entry adds w * 0, a signed zero, which leaves the sum as it
     * is (a sum started from +0 is never -0): HeadRunner.accumulate's bits from the non-zero
     * entries alone.
     */

    /**
     * A classed row with fewer value entries than classes (a selector width's head reads the BOS
     * alone): each entry's weight made where it is used.
     */
    private void weighEntries(int p, int at, int entries, double sum) {
        double[] ex = expBuf[p];
        int[] cp = clsBuf[p];
        int[] liveKey = this.liveKey, liveCol = this.liveCol;
        double[] liveVal = this.liveVal, out = this.out;
        for (int t = 0; t < entries; t++) {
            double wj = HeadRunner.weight(ex[cp[liveKey[t]]], sum, f32);
            int o = at + liveCol[t];
            out[o] = f32 ? (float) (out[o] + (float) (wj * liveVal[t])) : out[o] + wj * liveVal[t];
        }
    }

    /** A classed row: each class's weight once, then the weighted sum over the value entries. */
    private void weighClasses(int p, int at, int n, int entries, double sum) {
        double[] ex = expBuf[p];
        int[] cp = clsBuf[p];
        int count = counts[p];
        if (weightBuf.length < count) weightBuf = new double[Math.max(count, 2 * weightBuf.length)];
        double[] wc = weightBuf;
        if (count <= FEW_CLASSES) {
            for (int c = 0; c < count; c++) wc[c] = HeadRunner.weight(ex[c], sum, f32);
        } else {
            // only the classes the row holds
            if (mark.length < count) mark = Arrays.copyOf(mark, Math.max(count, mark.length * 2));
            int stamp = ++marks;
            for (int j = 0; j < n; j++) {
                int c = cp[j];
                if (mark[c] == stamp) continue;
                mark[c] = stamp;
                wc[c] = HeadRunner.weight(ex[c], sum, f32);
            }
        }
        int[] liveKey = this.liveKey, liveCol = this.liveCol;
        double[] liveVal = this.liveVal, out = this.out;
        for (int t = 0; t < entries; t++) {
            double wj = wc[cp[liveKey[t]]];
            int o = at + liveCol[t];
            out[o] = f32 ? (float) (out[o] + (float) (wj * liveVal[t])) : out[o] + wj * liveVal[t];
        }
    }

    /** A row the classes do not cover (a mask applies, or some weight is not finite): the general softmax. */
    private void general(int p, int at, int n, boolean[] mask) {
        // the row's logits: its classes' where it has them
        double[] w = java.util.Arrays.copyOf(logitBuf[p], n);
        int[] cp = clsBuf[p];
        for (int j = 0; j < n; j++) {
            if (cp[j] >= 0) w[j] = rowClasses[p].logit[cp[j]];
        }
        HeadRunner.softmaxRow(w, p, causal, mask, f32, exp);
        dense(w, vBuf, at);
    }

    /**
     * Query row p's attention weights on one input, made again from the state the head read
     * (so after its layer has run): the bits {@link HeadRunner#run} gives.
     */
    double[] weights(int[] state, int n, int slots, boolean[] pad, int p) {
        int qc = query.content(state, p * slots);
        // the logits the run classed have the bits HeadRunner.logit gave them
        LogitClasses lc = qc < logits.size() ? logits.get(qc) : null;
        double[] w = new double[n];
        if (weightClasses.length < n) weightClasses = new int[n];
        int[] cs = weightClasses;
        boolean classed = lc != null && !causal;
        long present = 0;
        int highest = 0;
        for (int j = 0; j < n; j++) {
            int kc = key.content(state, j * slots);
            int c = lc != null && kc < lc.classOf.length ? lc.classOf[kc] : 0;
            if (c > 0) {
                w[j] = lc.logit[c - 1];
                cs[j] = c - 1;
                present |= 1L << (c - 1);
                highest = Math.max(highest, c);
            } else {
                contents.coverKeys(kc);
                w[j] = contents.logit(contents.projection(qc), kc, scale);
                classed = false;
            }
            classed &= !pad[j];
        }
        if (classed && highest <= 64) {
            // the row's exponentials as the run looked them up: softmaxRow's bits without its lookups
            double[] ex = lc.exponentials(lc.maxOf(present), f32, exp);
            double sum = 0;
            for (int j = 0; j < n; j++) sum = f32 ? (float) (sum + ex[cs[j]]) : sum + ex[cs[j]];
            for (int j = 0; j < n; j++) w[j] = HeadRunner.weight(ex[cs[j]], sum, f32);
            return w;
        }
        HeadRunner.softmaxRow(w, p, causal, pad, f32, exp);
        return w;
    }

    private void ensureScratch(int n) {
        if (qBuf.length >= n) return;
        qBuf = new int[n];
        kBuf = new int[n];
        vBuf = new int[n];
        idsBuf = new int[n];
        rowBuf = new int[n];
        clsBuf = new int[n][n];
        logitBuf = new double[n][n];
        expBuf = new double[n][];
        counts = new int[n];
        classedBuf = new boolean[n];
        rowClasses = new LogitClasses[n];
        sumBuf = new double[n];
    }

    /** Classes the logits of query content {@code qc} with every key content up to {@code maxKey}. */
    private void fill(LogitClasses lc, int qc, int maxKey) {
        double[] pq = contents.projection(qc);
        for (int kc = lc.classedUpTo; kc <= maxKey; kc++) {
            if (lc.classOf[kc] != 0) continue;
            double l = contents.logit(pq, kc, scale);
            if (lc.classify(kc, l) == 0) lc.unclassed = true;
        }
        lc.classedUpTo = maxKey + 1;
    }

    /** Query content q's logit classes, covering key contents up to {@code maxKey}. */
    private LogitClasses classes(int q, int maxKey) {
        while (logits.size() <= q) logits.add(new LogitClasses());
        LogitClasses lc = logits.get(q);
        int before = lc.classOf.length;
        lc.cover(maxKey);
        logitCells += lc.classOf.length - before;
        return lc;
    }

    /** The weighted sum over every key (the general case: some weight is not finite, or a mask applies). */
    private void dense(double[] w, int[] v, int at) {
        double[] o = new double[width];
        for (int j = 0; j < w.length; j++) HeadRunner.accumulate(w[j], contents.value(v[j]), o, f32);
        System.arraycopy(o, 0, out, at, width);
    }

    long size() {
        long n = contents.size();
        for (LogitClasses r : logits) n += r.size();
        return n;
    }
}
