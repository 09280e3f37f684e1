package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raspworkbench.core.craft.Fixtures.BOS;
import static org.raspworkbench.core.craft.Fixtures.ONE;
import static org.raspworkbench.core.craft.Fixtures.f;
import static org.raspworkbench.core.craft.Fixtures.i;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** The tabulated comparison scores give exactly the matrix the per-pair predicate gives. */
class ComparisonScoreTest {
    private static final BasisDirection OUT = BasisDirection.of("out");

    private static VectorSpace space(String name, List<Value> values) {
        List<BasisDirection> dirs = new ArrayList<>();
        for (Value v : values) dirs.add(new BasisDirection(name, v));
        return Spaces.sorted(dirs);
    }

    private static CategoricalAttention.QueryKeyScore perPair(Comparison c) {
        return (q, k) -> c.test(k.value(), q.value()) ? 1 : 0;
    }

    private static double[][] qk(VectorSpace queries, VectorSpace keys, CategoricalAttention.QueryKeyScore score) {
        return CategoricalAttention.build(queries, keys, Spaces.of(), Spaces.of(), BOS, ONE, score, false, false,
                true, CategoricalAttention.SOFTMAX_COLDNESS).qk().matrix();
    }

    private static void assertSameAsPerPair(List<Value> queries, List<Value> keys) {
        VectorSpace q = space("q", queries);
        VectorSpace k = space("k", keys);
        for (Comparison c : Comparison.values()) {
            CategoricalAttention.QueryKeyScore pairs = perPair(c);
            // a bare lambda only has the default, per-pair scoreAll
            double[][] expected = qk(q, k, (x, y) -> pairs.score(x, y));
            double[][] got = qk(q, k, new ComparisonScore(c, pairs));
            assertThat(got).as(c + " on " + queries + " x " + keys).isDeepEqualTo(expected);
        }
    }

    private static List<Value> values(Value... vs) {
        return List.of(vs);
    }

    @Test
    void integers() {
        assertSameAsPerPair(values(i(0), i(1), i(2), i(3), i(-4)), values(i(3), i(1), i(5), i(-4), i(0), i(2)));
    }

    @Test
    void mixedIntFloatAndBool() {
        List<Value> q = values(BoolValue.FALSE, i(1), f(1.5), f(2.0), i(-3), f(-0.0), f(Double.NaN),
                f(Double.POSITIVE_INFINITY));
        List<Value> k = values(i(0), BoolValue.TRUE, f(2.0), f(1.5000001), i(7), f(Double.NEGATIVE_INFINITY),
                f(Double.NaN), f(0.25));
        assertSameAsPerPair(q, k);
        assertSameAsPerPair(k, q);
        assertSameAsPerPair(q, q);
    }

    @Test
    void theSortKeys() {
        List<Value> keys = new ArrayList<>();
        for (int x = 1; x <= 6; x++) {
            for (int p = 0; p < 6; p++) keys.add(f(x + 1.0 * p / 6));
        }
        assertSameAsPerPair(keys, keys);
    }

    @Test
    void integersTooLargeForADoubleBesideFloats() {
        long big = (1L << 53) + 1;
        assertSameAsPerPair(values(i(big), i(big - 1), f(9.007199254740992E15)), values(i(big), f(9.007199254740992E15),
                i(1L << 53), i(big + 2)));
    }

    @Test
    void stringsTuplesAndNone() {
        List<Value> words = values(StrValue.of("a"), StrValue.of("B"), StrValue.of("ab"), StrValue.of(""),
                StrValue.of("é"));
        assertSameAsPerPair(words, values(StrValue.of("ab"), StrValue.of("b"), StrValue.of("a"), StrValue.of("")));
        List<Value> mixed = values(StrValue.of("a"), i(1), NoneValue.NONE,
                new TupleValue(List.of(i(1), StrValue.of("x"))));
        List<Value> mixedKeys = values(f(1.0), StrValue.of("a"), new TupleValue(List.of(BoolValue.TRUE, StrValue.of("x"))),
                NoneValue.NONE, i(2));
        for (Comparison c : List.of(Comparison.EQ, Comparison.NEQ, Comparison.TRUE, Comparison.FALSE)) {
            CategoricalAttention.QueryKeyScore pairs = perPair(c);
            assertThat(qk(space("q", mixed), space("k", mixedKeys), new ComparisonScore(c, pairs)))
                    .isDeepEqualTo(qk(space("q", mixed), space("k", mixedKeys), (x, y) -> pairs.score(x, y)));
        }
    }

    @Test
    void unorderableValuesStillFailAsThePredicateDoes() {
        VectorSpace q = space("q", values(StrValue.of("a"), i(1)));
        VectorSpace k = space("k", values(i(2)));
        assertThatThrownBy(() -> qk(q, k, new ComparisonScore(Comparison.LT, perPair(Comparison.LT))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot compare");
    }

    @Test
    void scoresAreTheColdnessWhereThePredicateHolds() {
        VectorSpace q = space("q", values(i(1), i(2)));
        VectorSpace k = space("k", values(i(1), i(2)));
        double[][] m = qk(q, k, new ComparisonScore(Comparison.LT, perPair(Comparison.LT)));
        int q2 = Spaces.join(q, Spaces.of(BOS), Spaces.of(ONE)).basis().indexOf(new BasisDirection("q", i(2)));
        int k1 = Spaces.join(k, Spaces.of(BOS)).basis().indexOf(new BasisDirection("k", i(1)));
        assertThat(m[q2][k1]).isEqualTo(100);
    }
}
