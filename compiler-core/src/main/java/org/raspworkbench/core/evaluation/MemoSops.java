package org.raspworkbench.core.evaluation;

import java.util.Arrays;
import java.util.List;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/**
 * The {@link MemoStep}s of S-ops computed position by position: tokens, indices and the maps. A
 * map's memo holds, per argument id (or pair of ids), its result's id plus one, negated where the
 * function failed (the result is then None); 0 is not known yet.
 */
final class MemoSops {
    private MemoSops() {
    }

    /** {@code tokens}: ids are indices into the vocabulary, which seeds the table in order. */
    static final class Tokens extends MemoStep.Sop {
        private final List<Value> vocab;
        int[] input = new int[0];

        Tokens(List<Value> vocab) {
            this.vocab = vocab;
            seed();
        }

        private void seed() {
            for (Value v : vocab) table.intern(v);
            if (table.size() != vocab.size()) throw new IllegalStateException("the vocabulary holds equal values");
        }

        @Override
        void run(int n) {
            System.arraycopy(input, 0, ids, 0, n);
        }

        @Override
        void clear() {
            super.clear();
            seed();
        }
    }

    /** {@code indices}: the id of position {@code p} is {@code p}. */
    static final class Indices extends MemoStep.Sop {
        @Override
        void run(int n) {
        }

        @Override
        void grow(int capacity) {
            super.grow(capacity);
            for (int p = table.size(); p < capacity; p++) {
                table.intern(IntValue.of(p));
                ids[p] = p;
            }
        }

        @Override
        void clear() {
            super.clear();
            int capacity = ids.length;
            ids = new int[0];
            grow(capacity);
        }
    }

    /** A memo entry's id plus one, marking the input diagnosed where the entry is a failure's. */
    private static int settle(int entry, MemoStep.Failed failed) {
        if (entry > 0) return entry;
        failed.diagnosed = true;
        return -entry;
    }

    /** {@code map(fn, inner)}. */
    static final class Map extends MemoStep.OneKey {
        private final RaspFunction fn;
        private final MemoStep.Sop inner;
        private final NodeEvaluation rule;
        private final MemoStep.Failed failed;

        Map(RaspExpr node, RaspFunction fn, MemoStep.Sop inner, MemoStep.Failed failed) {
            this.fn = fn;
            this.inner = inner;
            this.rule = new NodeEvaluation(failed, node);
            this.failed = failed;
        }

        @Override
        void run(int n) {
            cover(inner.table.size());
            int[] in = inner.ids;
            for (int p = 0; p < n; p++) {
                int r = memo[in[p]];
                if (r <= 0) r = settle(r == 0 ? miss(in[p], p) : r, failed);
                ids[p] = r - 1;
            }
        }

        private int miss(int arg, int position) {
            failed.raised = false;
            Value v = rule.map(fn, inner.table.value(arg), position);
            int r = table.intern(v) + 1;
            if (failed.raised) r = -r;
            memo[arg] = r;
            return r;
        }
    }

    /** {@code sequence_map(fn, first, second)}, and Tracr's linear sequence map, which is one. */
    static final class SequenceMap extends MemoStep.Sop {
        private final RaspFunction fn;
        private final MemoStep.Sop first;
        private final MemoStep.Sop second;
        private final NodeEvaluation rule;
        private final MemoStep.Failed failed;
        /** {@code [first id][second id]}; a row is made or lengthened when first needed. */
        private int[][] memo = new int[0][];
        private long cells;

        SequenceMap(RaspExpr node, RaspFunction fn, MemoStep.Sop first, MemoStep.Sop second, MemoStep.Failed failed) {
            this.fn = fn;
            this.first = first;
            this.second = second;
            this.rule = new NodeEvaluation(failed, node);
            this.failed = failed;
        }

        @Override
        void run(int n) {
            if (memo.length < first.table.size()) memo = Arrays.copyOf(memo, Math.max(first.table.size(), 2 * memo.length));
            int[] xs = first.ids;
            int[] ys = second.ids;
            for (int p = 0; p < n; p++) {
                int[] row = memo[xs[p]];
                int y = ys[p];
                int r = row == null || y >= row.length ? 0 : row[y];
                if (r <= 0) r = settle(r == 0 ? miss(xs[p], y, p) : r, failed);
                ids[p] = r - 1;
            }
        }

        private int miss(int x, int y, int position) {
            int[] row = memo[x];
            if (row == null || y >= row.length) {
                int length = Math.max(second.table.size(), row == null ? 0 : 2 * row.length);
                cells += length - (row == null ? 0 : row.length);
                row = row == null ? new int[length] : Arrays.copyOf(row, length);
                memo[x] = row;
            }
            failed.raised = false;
            Value v = rule.sequenceMap(fn, first.table.value(x), second.table.value(y), position);
            int r = table.intern(v) + 1;
            if (failed.raised) r = -r;
            row[y] = r;
            return r;
        }

        @Override
        void clear() {
            super.clear();
            memo = new int[0][];
            cells = 0;
        }

        @Override
        long size() {
            return super.size() + memo.length + cells;
        }
    }
}
