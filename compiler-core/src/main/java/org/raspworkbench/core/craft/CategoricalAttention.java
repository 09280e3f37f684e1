package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;

/**
 * The attention head for categorical queries and keys (Tracr's {@code chamber/categorical_attn.py}),
 * used for every aggregate, categorical or numerical, and inside selector width.
 *
 * <p>The BOS position holds {@code bos + one}; every query gets {@code c * coldness} on the BOS key
 * through the ({@code one}, {@code bos}) entry, with c = 0.5 so BOS wins only when nothing else is
 * selected, or c = 1 to attend to BOS always. Entries touching {@code one} or {@code bos} are
 * otherwise zero; the rest are {@code coldness * attnFn(query, key)}.
 */
public final class CategoricalAttention {
    /** Tracr's softmax coldness (inverse temperature) for compiled heads. */
    public static final double SOFTMAX_COLDNESS = 100;

    /** The attention score of a (query, key) pair of directions, before the coldness. */
    @FunctionalInterface
    public interface QueryKeyScore {
        double score(BasisDirection query, BasisDirection key);

        /**
         * Every pair's score, query by query and key by key in order; a pair it leaves out scores 0.
         * Implementations may tabulate faster, but must give the same scores.
         */
        default void scoreAll(List<BasisDirection> queries, List<BasisDirection> keys, ScoreSink sink) {
            for (int i = 0; i < queries.size(); i++) {
                BasisDirection q = queries.get(i);
                for (int j = 0; j < keys.size(); j++) sink.put(i, j, score(q, keys.get(j)));
            }
        }
    }

    /** Receives the score of query {@code i} and key {@code j} (indices into the lists scored). */
    @FunctionalInterface
    public interface ScoreSink {
        void put(int query, int key, double score);
    }

    private CategoricalAttention() {
    }

    /**
     * @param valueSpace              what is averaged; {@code bos} is added to it
     * @param outputSpace             where the average goes; sorted value directions (without
     *                                {@code bos} unless {@code alwaysAttendToBos}) map to sorted
     *                                output directions one to one
     * @param useBosForDefaultOutput  when true, {@code bos} maps to zero (the default output, which
     *                                the compiler always takes to be the null vector)
     */
    public static AttentionHead build(VectorSpace querySpace, VectorSpace keySpace, VectorSpace valueSpace,
                                      VectorSpace outputSpace, BasisDirection bos, BasisDirection one,
                                      QueryKeyScore attnFn, boolean causal, boolean alwaysAttendToBos,
                                      boolean useBosForDefaultOutput, double softmaxColdness) {
        VectorSpace bosSpace = Spaces.of(bos);
        VectorSpace query = Spaces.join(querySpace, bosSpace, Spaces.of(one));
        VectorSpace key = Spaces.join(keySpace, bosSpace);
        VectorSpace value = Spaces.join(valueSpace, bosSpace);
        VectorSpace output = Spaces.sorted(outputSpace);

        List<BasisDirection> valueBasis = new ArrayList<>();
        for (BasisDirection d : value.basis()) {
            if (alwaysAttendToBos || !d.equals(bos)) valueBasis.add(d);
        }
        if (valueBasis.size() != output.dim()) {
            throw new IllegalArgumentException("value space " + valueBasis + " does not match output space " + output);
        }

        double bosScore = (alwaysAttendToBos ? 1.0 : 0.5) * softmaxColdness;
        List<Integer> keyCols = new ArrayList<>();
        List<BasisDirection> scoredKeys = new ArrayList<>();
        int bosCol = -1;
        for (int j = 0; j < key.dim(); j++) {
            BasisDirection k = key.basis().get(j);
            if (k.equals(bos)) bosCol = j;
            if (k.equals(bos) || k.equals(one)) continue;
            keyCols.add(j);
            scoredKeys.add(k);
        }
        List<Integer> queryRows = new ArrayList<>();
        List<BasisDirection> scoredQueries = new ArrayList<>();
        double[][] qk = new double[query.dim()][key.dim()];
        for (int i = 0; i < query.dim(); i++) {
            BasisDirection q = query.basis().get(i);
            if (q.equals(one)) {
                qk[i][bosCol] = bosScore;
            } else if (!q.equals(bos)) {
                queryRows.add(i);
                scoredQueries.add(q);
            }
        }
        int[] rows = queryRows.stream().mapToInt(Integer::intValue).toArray();
        int[] cols = keyCols.stream().mapToInt(Integer::intValue).toArray();
        attnFn.scoreAll(scoredQueries, scoredKeys, (i, j, score) -> qk[rows[i]][cols[j]] = softmaxColdness * score);

        LinearBuilder ov = new LinearBuilder(value, output);
        Map<BasisDirection, Integer> valueIndex = value.indexMap();
        for (int n = 0; n < valueBasis.size(); n++) {
            BasisDirection v = valueBasis.get(n);
            if (useBosForDefaultOutput && v.equals(bos)) continue;
            ov.add(valueIndex.get(v), output.basis().get(n), 1);
        }
        return new AttentionHead(new Bilinear(query, key, qk), ov.build(), causal);
    }
}
