package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * The score of a {@link Comparison} select, tabulated for all (query, key) pairs at once: equality
 * by hashing the keys, orderings by sorting them and finding each query's place with a binary
 * search. Large heads (the sort's {@code keys < keys} at n = 64 has 4096 x 4096 pairs) would
 * otherwise call the predicate millions of times.
 *
 * <p>The table is the one the per-pair predicate gives. Where that cannot be guaranteed (values
 * that are not all mutually ordered, integers too large for a double to hold exactly next to
 * floats, host objects), it falls back to the per-pair predicate, errors included.
 */
final class ComparisonScore implements CategoricalAttention.QueryKeyScore {
    /** Integers up to this magnitude convert to double exactly, so int/float comparisons stay consistent. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private final Comparison comparison;
    private final CategoricalAttention.QueryKeyScore perPair;

    /** @param perPair the predicate's score of one pair (1 or 0), used where tabulating is not exact */
    ComparisonScore(Comparison comparison, CategoricalAttention.QueryKeyScore perPair) {
        this.comparison = comparison;
        this.perPair = perPair;
    }

    @Override
    public double score(BasisDirection query, BasisDirection key) {
        return perPair.score(query, key);
    }

    @Override
    public void scoreAll(List<BasisDirection> queries, List<BasisDirection> keys,
                         CategoricalAttention.ScoreSink sink) {
        switch (comparison) {
            case TRUE -> everyPair(queries.size(), keys.size(), sink);
            case FALSE -> { }
            case EQ, NEQ -> byEquality(queries, keys, sink);
            default -> byOrder(queries, keys, sink);
        }
    }

    private static void everyPair(int queries, int keys, CategoricalAttention.ScoreSink sink) {
        for (int i = 0; i < queries; i++) {
            for (int j = 0; j < keys; j++) sink.put(i, j, 1);
        }
    }

    private void byEquality(List<BasisDirection> queries, List<BasisDirection> keys,
                            CategoricalAttention.ScoreSink sink) {
        if (!allHashConsistent(queries) || !allHashConsistent(keys)) {
            CategoricalAttention.QueryKeyScore.super.scoreAll(queries, keys, sink);
            return;
        }
        Map<Value, List<Integer>> keysByValue = new HashMap<>();
        for (int j = 0; j < keys.size(); j++) {
            keysByValue.computeIfAbsent(keys.get(j).value(), v -> new ArrayList<>()).add(j);
        }
        boolean equal = comparison == Comparison.EQ;
        boolean[] matches = new boolean[keys.size()];
        for (int i = 0; i < queries.size(); i++) {
            Value q = queries.get(i).value();
            List<Integer> candidates = keysByValue.getOrDefault(q, List.of());
            // A map hit may come from identity alone (a NaN is not equal to itself): check each.
            for (int j : candidates) matches[j] = keys.get(j).value().equals(q);
            for (int j = 0; j < keys.size(); j++) {
                if (matches[j] == equal) sink.put(i, j, 1);
            }
            for (int j : candidates) matches[j] = false;
        }
    }

    private void byOrder(List<BasisDirection> queries, List<BasisDirection> keys,
                         CategoricalAttention.ScoreSink sink) {
        OrderKeys q = OrderKeys.of(queries);
        OrderKeys k = OrderKeys.of(keys);
        if (q == null || k == null || q.isNumeric() != k.isNumeric()) {
            CategoricalAttention.QueryKeyScore.super.scoreAll(queries, keys, sink);
            return;
        }
        Integer[] order = new Integer[keys.size()];
        for (int j = 0; j < order.length; j++) order[j] = j;
        Arrays.sort(order, k::compare);
        int[] sorted = new int[order.length];
        for (int p = 0; p < order.length; p++) sorted[p] = order[p];
        for (int i = 0; i < queries.size(); i++) {
            // keys [0, below) are smaller than the query, [below, upTo) equal to it, the rest larger
            int below = firstNotBelow(k, sorted, q, i, false);
            int upTo = firstNotBelow(k, sorted, q, i, true);
            int from = 0;
            int to = sorted.length;
            switch (comparison) {
                case LT -> to = below;
                case LEQ -> to = upTo;
                case GT -> from = upTo;
                default -> from = below;
            }
            for (int p = from; p < to; p++) sink.put(i, sorted[p], 1);
        }
    }

    /**
     * The first sorted position whose key is not below query {@code i} (or, with
     * {@code includeEqual}, not below or equal to it).
     */
    private static int firstNotBelow(OrderKeys keys, int[] sorted, OrderKeys queries, int i, boolean includeEqual) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys.compareTo(sorted[mid], queries, i);
            if (c < 0 || (includeEqual && c == 0)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Values whose equals and hashCode agree with Python's {@code ==} without exception. */
    private static boolean allHashConsistent(List<BasisDirection> dirs) {
        for (BasisDirection d : dirs) {
            if (!hashConsistent(d.value())) return false;
        }
        return true;
    }

    private static boolean hashConsistent(Value v) {
        if (v instanceof IntValue i) return Math.abs(i.value()) <= EXACT_IN_DOUBLE;
        if (v instanceof NumericValue || v instanceof StrValue || v instanceof NoneValue) return true;
        if (v instanceof TupleValue t) {
            for (Value item : t.items()) {
                if (!hashConsistent(item)) return false;
            }
            return true;
        }
        return false;
    }

    /**
     * The values of some directions as sort keys in {@link Comparison}'s order: all numbers (as
     * doubles, which order them exactly as the predicate does) or all strings.
     */
    private record OrderKeys(double[] numbers, String[] strings) {
        static OrderKeys of(List<BasisDirection> dirs) {
            boolean allNumbers = true;
            boolean allStrings = true;
            for (BasisDirection d : dirs) {
                Value v = d.value();
                allNumbers &= v instanceof NumericValue && (!(v instanceof IntValue i)
                        || Math.abs(i.value()) <= EXACT_IN_DOUBLE);
                allStrings &= v instanceof StrValue;
            }
            if (allNumbers) {
                double[] xs = new double[dirs.size()];
                // + 0.0 turns -0.0 into 0.0, as the predicate's comparison does
                for (int j = 0; j < xs.length; j++) xs[j] = ((NumericValue) dirs.get(j).value()).asDouble() + 0.0;
                return new OrderKeys(xs, null);
            }
            if (allStrings) {
                String[] ss = new String[dirs.size()];
                for (int j = 0; j < ss.length; j++) ss[j] = ((StrValue) dirs.get(j).value()).value();
                return new OrderKeys(null, ss);
            }
            return null;
        }

        boolean isNumeric() {
            return numbers != null;
        }

        int compare(int a, int b) {
            return numbers != null ? Double.compare(numbers[a], numbers[b]) : strings[a].compareTo(strings[b]);
        }

        /** This set's value {@code a} against {@code other}'s value {@code b}; both of one kind. */
        int compareTo(int a, OrderKeys other, int b) {
            return numbers != null ? Double.compare(numbers[a], other.numbers[b])
                    : strings[a].compareTo(other.strings[b]);
        }
    }
}
