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
        private static final byte UNKNOWN = 0;
        private static final byte FAILED = -1;

        private final MemoStep.Sop keys;
        private final MemoStep.Sop queries;
        private final Predicate predicate;
        private final boolean causal;
        private final NodeEvaluation rule;
        private final MemoStep.Failed failed;
        /** {@code [query id][key id]}: 1 + whether the query selects the key; see the constants. */
        private byte[][] memo = new byte[0][];
        private long cells;

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
        boolean run(int n) {
            int keyCount = keys.table.size();
            if (memo.length < queries.table.size()) {
                memo = Arrays.copyOf(memo, Math.max(queries.table.size(), 2 * memo.length));
            }
            int[] ks = keys.ids;
            int[] qs = queries.ids;
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
                        byte b = row[ks[k]];
                        if (b == UNKNOWN) b = miss(row, ks[k], qs[q], q, k);
                        if (b == FAILED) return false;
                        bits |= (long) (b - 1) << (k - base);
                    }
                    out[i] = causal ? bits & causal(q, i) : bits;
                }
            }
            return true;
        }

        private byte[] lengthen(int query, int keyCount) {
            byte[] row = memo[query];
            int length = Math.max(keyCount, row == null ? 0 : 2 * row.length);
            cells += length - (row == null ? 0 : row.length);
            row = row == null ? new byte[length] : Arrays.copyOf(row, length);
            memo[query] = row;
            return row;
        }

        private byte miss(byte[] row, int key, int query, int q, int k) {
            failed.raised = false;
            boolean s = rule.test(predicate, keys.table.value(key), queries.table.value(query), q, k);
            byte b = failed.raised ? FAILED : (byte) (s ? 2 : 1);
            row[key] = b;
            return b;
        }

        @Override
        void clear() {
            memo = new byte[0][];
            cells = 0;
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
        boolean run(int n) {
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
            return true;
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
        boolean run(int n) {
            int w = words(n);
            for (int q = 0; q < n; q++) {
                long[] a = inner.rows[q];
                long[] out = rows[q];
                for (int i = 0; i < w; i++) {
                    long bits = ~a[i] & within(n, i);
                    out[i] = causal ? bits & causal(q, i) : bits;
                }
            }
            return true;
        }
    }

    /** {@code selector_width(selector)}: memo per width. */
    static final class Width extends MemoStep.Sop {
        private final MemoStep.Rows selector;
        private int[] memo = new int[0];

        Width(MemoStep.Rows selector) {
            this.selector = selector;
        }

        @Override
        boolean run(int n) {
            if (memo.length < n + 1) memo = Arrays.copyOf(memo, n + 1);
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
            return true;
        }

        @Override
        void clear() {
            super.clear();
            memo = new int[0];
        }

        @Override
        long size() {
            return super.size() + memo.length;
        }
    }

    /**
     * {@code aggregate(selector, sop, default)}. What the mean of the selected values is depends on
     * nothing but: that nothing is selected; the one selected value's id; or, for several numbers,
     * their count and Python sum. Each has its memo; several non-numbers always fail.
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
        /** Per (count * 2 + whether a float, sum bits) of several numbers, the result's id or -1. */
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
        boolean run(int n) {
            if (single.length < values.table.size()) {
                single = Arrays.copyOf(single, Math.max(values.table.size(), 2 * single.length));
            }
            int w = words(n);
            int[] vs = values.ids;
            for (int q = 0; q < n; q++) {
                int c = selector.width(q, w);
                int id;
                if (c == 0) {
                    if (empty == 0) empty = table.intern(meanOfSelected(q, w, vs, q)) + 1;
                    id = empty - 1;
                } else if (c == 1) {
                    int v = vs[firstSelected(q, w)];
                    int r = single[v];
                    if (r == 0) {
                        r = table.intern(meanOfSelected(q, w, vs, q)) + 1;
                        single[v] = r;
                    }
                    id = r - 1;
                } else {
                    id = several(q, w, vs, c);
                    if (id < 0) return false;
                }
                ids[q] = id;
            }
            return true;
        }

        private int several(int q, int w, int[] vs, int c) {
            fill(q, w, vs);
            if (!mean.numeric() || mean.overflowed()) {
                rule.mean(mean, defaultValue, q);
                return -1;
            }
            long key = (long) c << 1 | (mean.isFloat() ? 1 : 0);
            int id = several.get(key, mean.sumBits());
            if (id == PairTable.ABSENT) {
                failed.raised = false;
                Value v = rule.mean(mean, defaultValue, q);
                id = failed.raised ? -1 : table.intern(v);
                several.put(key, mean.sumBits(), id);
            }
            return id;
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
