package org.raspworkbench.core.evaluation;

import java.util.Arrays;
import java.util.function.Supplier;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.source.Diagnostic;

/**
 * One node of a {@link MemoizedEvaluator}: computes the node's ids (an S-op) or rows (a selector)
 * for the current input from those of its children, through memo tables that outlive the input.
 */
abstract class MemoStep {
    /**
     * Whether a rule failed: {@code raised} for the one call a memo miss makes, {@code diagnosed}
     * for the whole input (the evaluator would report a diagnostic on it). A failed rule still has
     * a value (None, or a key not selected), which the memo keeps with a mark.
     */
    static final class Failed implements NodeEvaluation.Failures {
        boolean raised;
        boolean diagnosed;

        @Override
        public void fail(RaspExpr node, Supplier<Diagnostic> diagnostic) {
            raised = true;
        }
    }

    /** Computes this node on an input of length {@code n}, setting {@link Failed#diagnosed} where a rule failed. */
    abstract void run(int n);

    /** Makes room for inputs of up to {@code capacity} positions. */
    abstract void grow(int capacity);

    /** Drops every memo table. */
    abstract void clear();

    /** Entries (values and memo cells) held. */
    abstract long size();

    /** Words of a row of bits over {@code n} positions. */
    static int words(int n) {
        return (n + 63) >>> 6;
    }

    /** An S-op: an id per position into the table of the S-op's distinct values. */
    abstract static class Sop extends MemoStep {
        final ValueTable table = new ValueTable();
        int[] ids = new int[0];

        @Override
        void grow(int capacity) {
            if (ids.length < capacity) ids = Arrays.copyOf(ids, capacity);
        }

        @Override
        void clear() {
            table.clear();
        }

        @Override
        long size() {
            return table.size();
        }
    }

    /**
     * An S-op whose result is memoized on one int key (an argument id, a width): per key, the
     * result's id plus one, 0 while unknown, negative for a failure's.
     */
    abstract static class OneKey extends Sop {
        int[] memo = new int[0];

        /** Makes room for keys below {@code keys}. */
        final void cover(int keys) {
            if (memo.length < keys) memo = Arrays.copyOf(memo, Math.max(keys, 2 * memo.length));
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
     * A selector: per query position a row of bits over key positions ({@code 64 * words} of them),
     * bits at and past the input's length clear.
     */
    abstract static class Rows extends MemoStep {
        long[][] rows = new long[0][];
        int words;

        @Override
        void grow(int capacity) {
            if (rows.length >= capacity) return;
            words = words(capacity);
            rows = new long[capacity][words];
        }

        @Override
        void clear() {
        }

        @Override
        long size() {
            return 0;
        }

        /** How many keys row {@code q} selects. */
        final int width(int q, int w) {
            long[] r = rows[q];
            int c = 0;
            for (int i = 0; i < w; i++) c += Long.bitCount(r[i]);
            return c;
        }

        /** The bits of word {@code w} for keys at or before query {@code q}: Tracr's causal mask. */
        static long causal(int q, int w) {
            int last = q - (w << 6);
            if (last < 0) return 0;
            return last >= 63 ? -1L : -1L >>> (63 - last);
        }

        /** The bits of word {@code w} for keys before position {@code n}. */
        static long within(int n, int w) {
            return causal(n - 1, w);
        }
    }
}
