package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.raspworkbench.core.craft.Fixtures.ONE;
import static org.raspworkbench.core.craft.Fixtures.i;
import static org.raspworkbench.core.craft.Fixtures.num;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

class CategoricalMlpTest {
    private final Fixtures fx = new Fixtures(5);

    private Mlp build(org.raspworkbench.core.rasp.SOp op) {
        return (Mlp) ExprToCraft.build(op, fx.ctx()).orElseThrow();
    }

    /** The output of the MLP on the residual, restricted to nonzero entries. */
    private static Map<BasisDirection, Double> out(Mlp mlp, Map<BasisDirection, Double> x) {
        Map<BasisDirection, Double> y = CraftEval.mlp(mlp, x);
        y.values().removeIf(v -> Math.abs(v) < 1e-9);
        return y;
    }

    @Test
    void categoricalMapIsALookupWithTheOutputAsHiddenLayer() {
        TokensOp tokens = fx.tokens(List.of(i(1), i(2), i(3)));
        MapOp plus = fx.map("plus", tokens, Encoding.CATEGORICAL, x -> i((long) num(x) + 1));
        Mlp mlp = build(plus);

        assertThat(mlp.hiddenSpace().dim()).isEqualTo(3);
        assertThat(mlp.first().input().basis()).containsExactlyElementsOf(fx.space(tokens).basis());
        assertThat(mlp.second().output().basis()).containsExactlyElementsOf(fx.space(plus).basis());
        for (Value x : fx.valueSet(tokens)) {
            assertThat(out(mlp, CraftEval.oneHot(fx.dir(tokens, x), ONE)))
                    .containsExactly(Map.entry(fx.dir(plus, i((long) num(x) + 1)), 1.0));
        }
    }

    @Test
    void arithmeticErrorsAndValuesOutsideTheOutputSpaceGiveZero() {
        IndicesOp indices = fx.indices();
        MapOp inv = fx.map("inv", indices, Encoding.CATEGORICAL, x -> {
            if (num(x) == 0) throw Fixtures.divisionByZero();
            return FloatValue.of(1 / num(x));
        });
        assertThat(fx.valueSet(inv)).hasSize(4);
        Mlp mlp = build(inv);
        assertThat(mlp.hiddenSpace().dim()).isEqualTo(4);
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(indices, i(0))))).isEmpty();
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(indices, i(2)))))
                .containsExactly(Map.entry(fx.dir(inv, FloatValue.of(0.5)), 1.0));
    }

    @Test
    void pythonEqualityFindsTheOutputDirection() {
        TokensOp tokens = fx.tokens(List.of(i(0), i(1)));
        // the value set holds True/False; the function gives 1 and 0, which Python finds equal
        MapOp m = fx.with(new MapOp(100, "m", Encoding.CATEGORICAL, Fixtures.RANGE, tokens, Fixtures.fn1(x -> x)),
                List.of(BoolValue.FALSE, BoolValue.TRUE));
        Mlp mlp = build(m);
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(tokens, i(1)))))
                .containsExactly(Map.entry(fx.dir(m, BoolValue.TRUE), 1.0));
    }

    @Test
    void categoricalToNumericalHasOneHiddenUnit() {
        TokensOp tokens = fx.tokens(List.of(StrValue.of("h"), StrValue.of("e"), StrValue.of("l"), StrValue.of("o")));
        MapOp isL = fx.map("is_l", tokens, Encoding.NUMERICAL, x -> BoolValue.of(x.equals(StrValue.of("l"))));
        Mlp mlp = build(isL);
        assertThat(mlp.hiddenSpace().basis()).containsExactly(BasisDirection.of("is_l"));
        assertThat(mlp.second().output().basis()).containsExactly(BasisDirection.of("is_l"));
        for (Value x : fx.valueSet(tokens)) {
            double expected = x.equals(StrValue.of("l")) ? 1 : 0;
            assertThat(CraftEval.mlp(mlp, CraftEval.oneHot(fx.dir(tokens, x), ONE))
                    .getOrDefault(BasisDirection.of("is_l"), 0.0)).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void sequenceMapHasOneHiddenUnitPerPairAndComputesEveryPair() {
        // reverse's opp_index = length - indices: 6 x 5 = 30 hidden units
        TokensOp tokens = fx.tokens(List.of(i(1), i(2), i(3)));
        MapOp length = fx.map("length", tokens, Encoding.CATEGORICAL, x -> x);
        length = fx.with(length, Fixtures.ints(0, 5));
        IndicesOp indices = fx.indices();
        SequenceMapOp opp = fx.sequenceMap("opp_index", length, indices, (a, b) -> i((long) (num(a) - num(b))));
        Mlp mlp = build(opp);

        assertThat(mlp.hiddenSpace().dim()).isEqualTo(30);
        assertThat(mlp.first().input().dim()).isEqualTo(6 + 5 + 1);
        assertThat(mlp.first().input().basis()).contains(ONE);
        assertThat(mlp.hiddenSpace().basis()).contains(new BasisDirection("_hidden_opp_index_",
                new TupleValue(List.of(StrValue.of("length"), i(3), StrValue.of("indices"), i(1)))));
        for (Value a : fx.valueSet(length)) {
            for (Value b : fx.valueSet(indices)) {
                assertThat(out(mlp, CraftEval.oneHot(fx.dir(length, a), fx.dir(indices, b), ONE)))
                        .containsExactly(Map.entry(fx.dir(opp, i((long) (num(a) - num(b)))), 1.0));
            }
        }
    }

    @Test
    void sortKeysSequenceMapHas25HiddenUnits() {
        TokensOp tokens = fx.tokens(Fixtures.ints(1, 5));
        IndicesOp indices = fx.indices();
        SequenceMapOp keys = fx.sequenceMap("keys", tokens, indices, (x, k) -> FloatValue.of(num(x) + num(k) / 5));
        Mlp mlp = build(keys);
        assertThat(mlp.hiddenSpace().dim()).isEqualTo(25);
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(tokens, i(4)), fx.dir(indices, i(2)), ONE)))
                .containsExactly(Map.entry(fx.dir(keys, FloatValue.of(4.4)), 1.0));
    }

    @Test
    void sequenceMapOfOneSopWithItselfIsACategoricalMap() {
        TokensOp tokens = fx.tokens(List.of(i(1), i(2), i(3)));
        SequenceMapOp sq = fx.sequenceMap("sq", tokens, tokens, (a, b) -> i((long) (num(a) * num(b))));
        Mlp mlp = build(sq);
        assertThat(mlp.hiddenSpace().basis()).containsExactlyElementsOf(fx.space(sq).basis());
        assertThat(mlp.first().input().basis()).doesNotContain(ONE);
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(tokens, i(3)), ONE)))
                .containsExactly(Map.entry(fx.dir(sq, i(9)), 1.0));
    }

    @Test
    void sequenceMapDropsArithmeticErrors() {
        TokensOp tokens = fx.tokens(List.of(i(1), i(2)));
        IndicesOp indices = fx.indices();
        SequenceMapOp div = fx.sequenceMap("div", tokens, indices, (a, b) -> {
            if (num(b) == 0) throw Fixtures.divisionByZero();
            return FloatValue.of(num(a) / num(b));
        });
        Mlp mlp = build(div);
        assertThat(mlp.hiddenSpace().dim()).isEqualTo(10);
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(tokens, i(1)), fx.dir(indices, i(0)), ONE))).isEmpty();
        assertThat(out(mlp, CraftEval.oneHot(fx.dir(tokens, i(1)), fx.dir(indices, i(4)), ONE)))
                .containsExactly(Map.entry(fx.dir(div, FloatValue.of(0.25)), 1.0));
    }
}
