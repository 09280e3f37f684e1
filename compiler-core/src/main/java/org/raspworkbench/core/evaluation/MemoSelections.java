package org.raspworkbench.core.evaluation;

import java.util.Arrays;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.value.Value;

/**
 * The {@link MemoStep}s of selectors and of the S-ops read through one: select (memo per key id
 * and query id), and/or/not, selector width and aggregate. Causal programs mask every selector to
 * keys at or before the query, after computing it, as {@link Evaluator} does.
 */
final class MemoSelections {
    private MemoSelections() {
    }

    /** {@code select(keys, queries, predicate)}. */
    static final class Select extends MemoStep.Rows {
        // NO and YES are the bit itself, so the hot loop tests one comparison: above YES needs care
        private static final byte NO = 0;
        private static final byte YES = 1;
        private static final byte UNKNOWN = 2;
        /** The predicate failed: not selected, and the input is diagnosed. */
        private static final byte FAILED = 3;

        private final MemoStep.Sop keys;
        private final MemoStep.Sop queries;
        private final Predicate predicate;
        private final boolean causal;
        private final NodeEvaluation rule;
        private final MemoStep.Failed failed;
        /** {@code [query id][key id]}: whether the query selects the key; see the constants. */
        private byte[][] memo = new byte[0][];
        private long cells;
        /** Per query id, how many key ids its row has tested whole ({@link #fill}), and whether one failed. */
        private int[] filled = new int[0];
        private boolean[] failedIn = new boolean[0];
        /** Rows are filled whole while query ids x key ids stay below this. */
        static final long EAGER_CELLS = 1 << 18;

        Select(RaspExpr node, MemoStep.Sop keys, MemoStep.Sop queries, Predicate predicate, boolean causal,
               MemoStep.Failed failed) {
            this.keys = keys;
            this.queries = queries;
            this.predicate = predicate;
            this.causal = causal;
            this.rule = new NodeEvaluation(failed, node);
            this.failed = failed;
        }

        @Override
        void run(int n) {
            int keyCount = keys.table.size();
            if (memo.length < queries.table.size()) {
                int length = Math.max(queries.table.size(), 2 * memo.length);
                memo = Arrays.copyOf(memo, length);
                filled = Arrays.copyOf(filled, length);
                failedIn = Arrays.copyOf(failedIn, length);
            }
            int[] ks = keys.ids;
            int[] qs = queries.ids;
            if (n <= 64 && eager(keyCount)) {
                // every pair of a row tested when the row is first met or the keys grew: the loop
                // then reads bits only (a built-in comparison costs little, and few pairs in all)
                for (int q = 0; q < n; q++) {
                    int query = qs[q];
                    byte[] row = memo[query];
                    if (row == null || filled[query] < keyCount) row = fill(query, keyCount);
                    long bits = failedIn[query] ? withFailures(row, ks, n) : known(row, ks, n);
                    rows[q][0] = causal ? bits & causal(q, 0) : bits;
                }
                return;
            }
            if (n <= 64) {
                // one word per row: the common case, without the loop over words
                for (int q = 0; q < n; q++) {
                    int query = qs[q];
                    byte[] row = memo[query];
                    if (row == null || row.length < keyCount) row = lengthen(query, keyCount);
                    long bits = oneWord(row, ks, n, query, q);
                    rows[q][0] = causal ? bits & causal(q, 0) : bits;
                }
                return;
            }
            int w = words(n);
            for (int q = 0; q < n; q++) {
                byte[] row = memo[qs[q]];
                if (row == null || row.length < keyCount) row = lengthen(qs[q], keyCount);
                long[] out = rows[q];
                for (int i = 0; i < w; i++) {
                    int base = i << 6;
                    int end = Math.min(n, base + 64);
                    long bits = 0;
                    for (int k = base; k < end; k++) {
                        int b = row[ks[k]];
                        if (b > YES) b = settle(row, ks[k], qs[q], q, k);
                        bits |= (long) b << (k - base);
                    }
                    out[i] = causal ? bits & causal(q, i) : bits;
                }
            }
        }

        /** Whether rows are filled whole: a built-in comparison, on few pairs in all. */
        private boolean eager(int keyCount) {
            return predicate instanceof org.raspworkbench.core.rasp.Comparison
                    && (long) keyCount * queries.table.size() <= EAGER_CELLS;
        }

        /** Tests every pair of query {@code query}'s row not known yet, up to key id {@code keyCount}. */
        private byte[] fill(int query, int keyCount) {
            byte[] row = memo[query];
            if (row == null || row.length < keyCount) row = lengthen(query, keyCount);
            for (int key = filled[query]; key < keyCount; key++) {
                if (row[key] != UNKNOWN) continue;
                failed.raised = false;
                boolean s = rule.test(predicate, keys.table.value(key), queries.table.value(query), 0, key);
                row[key] = failed.raised ? FAILED : s ? YES : NO;
                if (failed.raised) failedIn[query] = true;
            }
            failed.raised = false;
            filled[query] = keyCount;
            return row;
        }

        /** A filled row without failures: its bits for the input's keys. */
        private static long known(byte[] row, int[] ks, int n) {
            long bits = 0;
            for (int k = 0; k < n; k++) bits |= (long) row[ks[k]] << k;
            return bits;
        }

        /** A filled row where the predicate failed on some key: those keys not selected, the input diagnosed. */
        private long withFailures(byte[] row, int[] ks, int n) {
            long bits = 0;
            for (int k = 0; k < n; k++) {
                int b = row[ks[k]];
                if (b == FAILED) failed.diagnosed = true;
                else bits |= (long) b << k;
            }
            return bits;
        }

        /** Row {@code q} of an input of at most 64 positions. */
        private long oneWord(byte[] row, int[] ks, int n, int query, int q) {
            long bits = 0;
            for (int k = 0; k < n; k++) {
                int b = row[ks[k]];
                if (b > YES) b = settle(row, ks[k], query, q, k);
                bits |= (long) b << k;
            }
            return bits;
        }

        private byte[] lengthen(int query, int keyCount) {
            byte[] row = memo[query];
            int old = row == null ? 0 : row.length;
            int length = Math.max(keyCount, 2 * old);
            cells += length - old;
            row = row == null ? new byte[length] : Arrays.copyOf(row, length);
            Arrays.fill(row, old, length, UNKNOWN);
            memo[query] = row;
            return row;
        }

        /** The bit for an entry not known yet or failed, marking the input diagnosed for a failure. */
        private int settle(byte[] row, int key, int query, int q, int k) {
            byte b = row[key];
            if (b == UNKNOWN) {
                failed.raised = false;
                boolean s = rule.test(predicate, keys.table.value(key), queries.table.value(query), q, k);
                b = failed.raised ? FAILED : s ? YES : NO;
                row[key] = b;
            }
            if (b != FAILED) return b;
            failed.diagnosed = true;
            return NO;
        }

        @Override
        void clear() {
            memo = new byte[0][];
            cells = 0;
            filled = new int[0];
            failedIn = new boolean[0];
        }

        @Override
        long size() {
            return memo.length + cells;
        }
    }

    /** {@code a & b} or {@code a | b}. */
    static final class Combine extends MemoStep.Rows {
        private final MemoStep.Rows first;
        private final MemoStep.Rows second;
        private final boolean and;
        private final boolean causal;

        Combine(MemoStep.Rows first, MemoStep.Rows second, boolean and, boolean causal) {
            this.first = first;
            this.second = second;
            this.and = and;
            this.causal = causal;
        }

        @Override
        void run(int n) {
            int w = words(n);
            for (int q = 0; q < n; q++) {
                long[] a = first.rows[q];
                long[] b = second.rows[q];
                long[] out = rows[q];
                for (int i = 0; i < w; i++) {
                    long bits = and ? a[i] & b[i] : a[i] | b[i];
                    out[i] = causal ? bits & causal(q, i) : bits;
                }
            }
        }
    }

    /** {@code ~a}. */
    static final class Not extends MemoStep.Rows {
        private final MemoStep.Rows inner;
        private final boolean causal;

        Not(MemoStep.Rows inner, boolean causal) {
            this.inner = inner;
            this.causal = causal;
        }

        @Override
        void run(int n) {
            int w = words(n);
            for (int q = 0; q < n; q++) {
                long[] a = inner.rows[q];
                long[] out = rows[q];
                for (int i = 0; i < w; i++) {
                    long bits = ~a[i] & within(n, i);
                    out[i] = causal ? bits & causal(q, i) : bits;
                }
            }
        }
    }

    /** {@code selector_width(selector)}: memo per width. */
    static final class Width extends MemoStep.OneKey {
        private final MemoStep.Rows selector;

        Width(MemoStep.Rows selector) {
            this.selector = selector;
        }

        @Override
        void run(int n) {
            cover(n + 1);
            int w = words(n);
            for (int q = 0; q < n; q++) {
                int c = selector.width(q, w);
                int r = memo[c];
                if (r == 0) {
                    r = table.intern(NodeEvaluation.width(c)) + 1;
                    memo[c] = r;
                }
                ids[q] = r - 1;
            }
        }
    }

    /**
     * {@code aggregate(selector, sop, default)}. What the mean of the selected values is depends on
     * nothing but: that nothing is selected; the one selected value's id; or, for several numbers,
     * their count and Python sum. Each has its memo. Several values that are not all numbers (or
     * whose sum overflows) fail whatever they are, so they go to the rule each time.
     */
    static final class Aggregate extends MemoStep.Sop {
        private final MemoStep.Rows selector;
        private final MemoStep.Sop values;
        private final Value defaultValue;
        private final NodeEvaluation rule;
        private final MemoStep.Failed failed;
        private final Mean mean = new Mean();
        /** The id plus one of the value where nothing is selected; 0 until known. */
        private int empty;
        /** Per id of the one selected value, the result's id plus one. */
        private int[] single = new int[0];
        /**
         * Per (count * 2 + whether a float, sum bits) of several numbers, the result's id plus one,
         * negated where the mean failed.
         */
        private final PairTable several = new PairTable();

        Aggregate(RaspExpr node, MemoStep.Rows selector, MemoStep.Sop values, Value defaultValue,
                  MemoStep.Failed failed) {
            this.selector = selector;
            this.values = values;
            this.defaultValue = defaultValue;
            this.rule = new NodeEvaluation(failed, node);
            this.failed = failed;
        }

        @Override
        void run(int n) {
            if (single.length < values.table.size()) {
                single = Arrays.copyOf(single, Math.max(values.table.size(), 2 * single.length));
            }
            int w = words(n);
            int[] vs = values.ids;
            long[][] rows = selector.rows;
            // In rows of one word: the row whose values the mean holds, to extend it where the next
            // row only adds later keys (a prefix, as causal averages select): the same values in
            // the same order as a fresh fill, so the same sum.
            boolean holds = false;
            long held = 0;
            for (int q = 0; q < n; q++) {
                if (q > 0 && Arrays.equals(rows[q], 0, w, rows[q - 1], 0, w)) {
                    // the same keys, the same values: the same mean (and any failure already marked)
                    ids[q] = ids[q - 1];
                    continue;
                }
                int c = selector.width(q, w);
                int id;
                if (c == 0) {
                    if (empty == 0) empty = table.intern(meanOfSelected(q, w, vs, q)) + 1;
                    id = empty - 1;
                    holds = false;
                } else if (c == 1) {
                    int v = vs[firstSelected(q, w)];
                    int r = single[v];
                    if (r == 0) {
                        r = table.intern(meanOfSelected(q, w, vs, q)) + 1;
                        single[v] = r;
                    }
                    id = r - 1;
                    holds = false;
                } else {
                    long bits = rows[q][0];
                    if (w == 1 && holds && extendsHeld(held, bits)) {
                        add(bits & ~held, vs);
                    } else {
                        fill(q, w, vs);
                    }
                    holds = w == 1;
                    held = bits;
                    id = several(q, c);
                }
                ids[q] = id;
            }
        }

        /** Whether {@code bits} keeps every key of {@code held} and adds only keys after them. */
        private static boolean extendsHeld(long held, long bits) {
            long added = bits & ~held;
            return (bits & held) == held && (added == 0 || Long.numberOfTrailingZeros(added) > 63 - Long.numberOfLeadingZeros(held));
        }

        private void add(long bits, int[] vs) {
            for (; bits != 0; bits &= bits - 1) mean.add(values.table.value(vs[Long.numberOfTrailingZeros(bits)]));
        }

        /** The mean of the several values {@link #mean} holds. */
        private int several(int q, int c) {
            boolean keyed = mean.numeric() && !mean.overflowed();
            long key = (long) c << 1 | (mean.isFloat() ? 1 : 0);
            int r = keyed ? several.get(key, mean.sumBits()) : PairTable.ABSENT;
            if (r == PairTable.ABSENT) {
                failed.raised = false;
                Value v = rule.mean(mean, defaultValue, q);
                r = table.intern(v) + 1;
                if (failed.raised) r = -r;
                if (keyed) several.put(key, mean.sumBits(), r);
            }
            if (r > 0) return r - 1;
            failed.diagnosed = true;
            return -r - 1;
        }

        /** The rule's value for what row {@code q} selects (never a failure with fewer than two). */
        private Value meanOfSelected(int q, int w, int[] vs, int position) {
            fill(q, w, vs);
            return rule.mean(mean, defaultValue, position);
        }

        private void fill(int q, int w, int[] vs) {
            mean.clear();
            long[] row = selector.rows[q];
            for (int i = 0; i < w; i++) {
                for (long bits = row[i]; bits != 0; bits &= bits - 1) {
                    mean.add(values.table.value(vs[(i << 6) + Long.numberOfTrailingZeros(bits)]));
                }
            }
        }

        private int firstSelected(int q, int w) {
            long[] row = selector.rows[q];
            for (int i = 0; i < w; i++) {
                if (row[i] != 0) return (i << 6) + Long.numberOfTrailingZeros(row[i]);
            }
            throw new IllegalStateException("row " + q + " selects nothing");
        }

        @Override
        void clear() {
            super.clear();
            empty = 0;
            single = new int[0];
            several.clear();
        }

        @Override
        long size() {
            return super.size() + single.length + several.capacity();
        }
    }
}
