package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.raspworkbench.core.craft.Fixtures.BOS;
import static org.raspworkbench.core.craft.Fixtures.ONE;
import static org.raspworkbench.core.craft.Fixtures.i;
import static org.raspworkbench.core.craft.Fixtures.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class CategoricalAttentionTest {
    private final Fixtures fx = new Fixtures(5);
    private final TokensOp tokens = fx.tokens(List.of(i(1), i(2), i(3)));
    private final IndicesOp indices = fx.indices();

    private AttentionHead build(AggregateOp op, boolean causal) {
        return (AttentionHead) ExprToCraft.build(op, fx.ctx(causal)).orElseThrow();
    }

    private static List<Value> ints(int... xs) {
        List<Value> out = new ArrayList<>();
        for (int x : xs) out.add(i(x));
        return out;
    }

    @Test
    void reverseMovesTokensAndHasTracrSpaces() {
        MapOp opp = fx.map("opp_index_1", indices, Encoding.CATEGORICAL, x -> x);
        opp = fx.with(opp, Fixtures.ints(-5, 4));
        Select flip = fx.select("flip", indices, opp, Comparison.EQ);
        AggregateOp reverse = fx.aggregate("reverse", flip, tokens, Encoding.CATEGORICAL);
        AttentionHead head = build(reverse, false);

        assertThat(head.qk().left().dim()).isEqualTo(10 + 2);
        assertThat(head.qk().left().basis()).contains(ONE, BOS);
        assertThat(head.qk().right().dim()).isEqualTo(5 + 1);
        assertThat(head.ov().input().basis()).containsExactlyInAnyOrder(BOS, fx.dir(tokens, i(1)),
                fx.dir(tokens, i(2)), fx.dir(tokens, i(3)));
        assertThat(head.ov().output().basis()).containsExactlyElementsOf(fx.space(reverse).basis());
        int one = head.qk().left().basis().indexOf(ONE);
        int bos = head.qk().right().basis().indexOf(BOS);
        assertThat(head.qk().matrix()[one][bos]).isEqualTo(50);

        List<Map<BasisDirection, Double>> seq = new SeqFixture(3).put(tokens, ints(1, 2, 3))
                .put(indices, ints(0, 1, 2)).put(opp, ints(2, 1, 0)).residuals();
        List<Map<BasisDirection, Double>> out = CraftEval.run(head, seq);
        for (int p = 1; p <= 3; p++) {
            Value expected = i(4 - p);
            for (Value t : fx.valueSet(reverse)) {
                assertThat(out.get(p).getOrDefault(fx.dir(reverse, t), 0.0))
                        .isCloseTo(t.equals(expected) ? 1 : 0, within(1e-6));
            }
        }
    }

    @Test
    void nothingSelectedAttendsToBosAndWritesZero() {
        Select none = fx.select("none", indices, indices, Comparison.FALSE);
        AggregateOp agg = fx.aggregate("agg", none, tokens, Encoding.CATEGORICAL);
        AttentionHead head = build(agg, false);
        List<Map<BasisDirection, Double>> seq = new SeqFixture(3).put(tokens, ints(1, 2, 3))
                .put(indices, ints(0, 1, 2)).residuals();
        double[][] w = CraftEval.weights(head, seq);
        for (int p = 1; p <= 3; p++) assertThat(w[p][0]).isCloseTo(1, within(1e-9));
        for (Map<BasisDirection, Double> r : CraftEval.attention(head, seq)) {
            for (BasisDirection d : fx.space(agg).basis()) assertThat(r.getOrDefault(d, 0.0)).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void numericalAggregateAveragesAndIsCausalWhenAsked() {
        TokensOp chars = fx.tokens(List.of(StrValue.of("h"), StrValue.of("l")));
        MapOp isL = fx.map("is_l", chars, Encoding.NUMERICAL, t -> BoolValue.of(t.equals(StrValue.of("l"))));
        Select prevs = fx.select("prevs", indices, indices, Comparison.LEQ);
        AggregateOp frac = fx.aggregate("frac_prevs", prevs, isL, Encoding.NUMERICAL);
        AttentionHead head = build(frac, true);
        assertThat(head.causal()).isTrue();
        assertThat(head.ov().input().basis()).containsExactlyInAnyOrder(BasisDirection.of("is_l"), BOS);
        assertThat(head.ov().output().basis()).containsExactly(BasisDirection.of("frac_prevs"));

        List<Value> hello = List.of(StrValue.of("h"), StrValue.of("h"), StrValue.of("l"), StrValue.of("l"), StrValue.of("h"));
        List<Value> bools = new ArrayList<>();
        for (Value v : hello) bools.add(i(v.equals(StrValue.of("l")) ? 1 : 0));
        List<Map<BasisDirection, Double>> seq = new SeqFixture(5).put(indices, ints(0, 1, 2, 3, 4))
                .put(isL, bools).residuals();
        double[] got = SeqFixture.column(CraftEval.attention(head, seq), BasisDirection.of("frac_prevs"));
        assertThat(got).containsExactly(new double[] {0, 0, 0, 1.0 / 3, 0.5, 0.4}, within(1e-6));
    }

    @Test
    void predicateFunctionsScoreByTheirResult() {
        MapOp bools = fx.map("bools", tokens, Encoding.CATEGORICAL, t -> BoolValue.of(num(t) > 1));
        Select sel = fx.select("true_sel", bools, bools,
                new PredicateFunction(Fixtures.fn2((k, q) -> BoolValue.of(k.equals(BoolValue.TRUE))), "lambda k, q: k == True"));
        AggregateOp agg = fx.aggregate("agg", sel, tokens, Encoding.CATEGORICAL);
        AttentionHead head = build(agg, false);
        int q = head.qk().left().basis().indexOf(fx.dir(bools, BoolValue.FALSE));
        int kTrue = head.qk().right().basis().indexOf(fx.dir(bools, BoolValue.TRUE));
        int kFalse = head.qk().right().basis().indexOf(fx.dir(bools, BoolValue.FALSE));
        assertThat(head.qk().matrix()[q][kTrue]).isEqualTo(100);
        assertThat(head.qk().matrix()[q][kFalse]).isEqualTo(0);
    }

    @Test
    void uncomparableValuesAreATypeErrorAtTheSelect() {
        MapOp words = fx.map("words", tokens, Encoding.CATEGORICAL, t -> StrValue.of("w" + t.str()));
        Select sel = fx.select("mixed", words, tokens, Comparison.LT);
        AggregateOp agg = fx.aggregate("agg", sel, tokens, Encoding.CATEGORICAL);
        assertThatThrownBy(() -> ExprToCraft.build(agg, fx.ctx()))
                .isInstanceOfSatisfying(RaspException.class, e -> {
                    assertThat(e.diagnostic().kind()).isEqualTo(ErrorKind.TYPE);
                    assertThat(e.getMessage()).contains("mixed");
                });
    }
}
