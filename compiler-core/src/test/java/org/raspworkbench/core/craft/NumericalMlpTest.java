package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.raspworkbench.core.craft.Fixtures.ONE;
import static org.raspworkbench.core.craft.Fixtures.f;
import static org.raspworkbench.core.craft.Fixtures.i;
import static org.raspworkbench.core.craft.Fixtures.num;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

class NumericalMlpTest {
    private final Fixtures fx = new Fixtures(6);

    private Mlp build(SOp op) {
        return (Mlp) ExprToCraft.build(op, fx.ctx()).orElseThrow();
    }

    private static Map<BasisDirection, Double> at(SOp in, double x) {
        Map<BasisDirection, Double> r = new HashMap<>();
        r.put(BasisDirection.of(in.name()), x);
        r.put(ONE, 1.0);
        return r;
    }

    private static Map<BasisDirection, Double> nonzero(Map<BasisDirection, Double> y) {
        y.values().removeIf(v -> Math.abs(v) < 1e-9);
        return y;
    }

    /** A numerical S-op with the given value set (an aggregate stands in for any source). */
    private SOp numerical(String name, List<Value> values) {
        TokensOp t = fx.tokens(List.of(i(0), i(1)));
        return fx.with(new MapOp(500 + name.length(), name, Encoding.NUMERICAL, Fixtures.RANGE, t,
                Fixtures.fn1(x -> x)), values);
    }

    @Test
    void numericalMapDiscretisesAtMidpoints() {
        SOp x = numerical("x", List.of(i(0), i(1), i(2), i(3)));
        MapOp sq = fx.map("sq", x, Encoding.NUMERICAL, v -> i((long) (num(v) * num(v))));
        Mlp mlp = build(sq);

        assertThat(mlp.hiddenSpace().dim()).isEqualTo(1 + 2 * 3);
        assertThat(mlp.hiddenSpace().basis()).contains(BasisDirection.of("_hidden_sq_start"),
                new BasisDirection("_hidden_sq_", new TupleValue(List.of(IntValue.of(3), IntValue.of(1)))));
        assertThat(mlp.first().input().basis()).containsExactlyInAnyOrder(BasisDirection.of("x"), ONE);
        for (Value v : fx.valueSet(x)) {
            assertThat(CraftEval.mlp(mlp, at(x, num(v))).getOrDefault(BasisDirection.of("sq"), 0.0))
                    .isCloseTo(num(v) * num(v), within(1e-9));
        }
        // the weights are Tracr's: L on the input, 1 - L*t and -L*t on one
        int xRow = mlp.first().input().basis().indexOf(BasisDirection.of("x"));
        int oneRow = mlp.first().input().basis().indexOf(ONE);
        int k2a = mlp.hiddenSpace().basis().indexOf(DiscretisingLayer.unit("_hidden_sq_", 2, 0));
        int k2b = mlp.hiddenSpace().basis().indexOf(DiscretisingLayer.unit("_hidden_sq_", 2, 1));
        assertThat(mlp.first().matrix()[xRow][k2a]).isEqualTo(100);
        assertThat(mlp.first().matrix()[oneRow][k2a]).isEqualTo(1 - 100 * 1.5);
        assertThat(mlp.first().matrix()[oneRow][k2b]).isEqualTo(-150);
    }

    @Test
    void exactnessIsTheLargeNumber() {
        SOp x = numerical("x", List.of(i(0), i(1)));
        MapOp neg = fx.map("neg", x, Encoding.NUMERICAL, v -> f(-num(v)));
        BlockContext ctx = new BlockContext(fx::space, fx::valueSet, ONE, Fixtures.BOS, false, 7, 6);
        Mlp mlp = (Mlp) ExprToCraft.build(neg, ctx).orElseThrow();
        int xRow = mlp.first().input().basis().indexOf(BasisDirection.of("x"));
        int unit = mlp.hiddenSpace().basis().indexOf(DiscretisingLayer.unit("_hidden_neg_", 1, 0));
        assertThat(mlp.first().matrix()[xRow][unit]).isEqualTo(7);
    }

    @Test
    void arithmeticErrorsDropInputValues() {
        // Tracr's own case: {0, 1, 2, 3} under 1/x keeps 1, 2, 3
        SOp x = numerical("x", List.of(i(0), i(1), i(2), i(3)));
        MapOp inv = fx.map("inv", x, Encoding.CATEGORICAL, v -> {
            if (num(v) == 0) throw Fixtures.divisionByZero();
            return f(1 / num(v));
        });
        Mlp mlp = build(inv);
        assertThat(mlp.hiddenSpace().dim()).isEqualTo(1 + 2 * 2);
        assertThat(nonzero(CraftEval.mlp(mlp, at(x, 3)))).containsOnlyKeys(fx.dir(inv, f(1.0 / 3)));
        assertThat(CraftEval.mlp(mlp, at(x, 3)).get(fx.dir(inv, f(1.0 / 3)))).isCloseTo(1, within(1e-9));
    }

    @Test
    void shuffleDyckComparisonsHave73HiddenUnitsEach() {
        // opens and closes are means of a bool over 1..6 positions; balance = opens - closes
        TokensOp tokens = fx.tokens(List.of(StrValue.of("("), StrValue.of(")")));
        MapOp isOpen = fx.map("is_open", tokens, Encoding.NUMERICAL, t -> BoolValue.of(t.equals(StrValue.of("("))));
        MapOp isClose = fx.map("is_close", tokens, Encoding.NUMERICAL, t -> BoolValue.of(t.equals(StrValue.of(")"))));
        IndicesOp indices = fx.indices();
        var prevs = fx.select("prevs", indices, indices, Comparison.LEQ);
        var opens = fx.aggregate("opens", prevs, isOpen, Encoding.NUMERICAL);
        var closes = fx.aggregate("closes", prevs, isClose, Encoding.NUMERICAL);
        LinearSequenceMapOp balance = fx.linear("balance", opens, closes, 1, -1);
        assertThat(fx.valueSet(balance)).hasSize(37);

        MapOp neg = fx.map("neg", balance, Encoding.CATEGORICAL, v -> BoolValue.of(num(v) < 0));
        MapOp zero = fx.map("zero", balance, Encoding.CATEGORICAL, v -> BoolValue.of(num(v) == 0));
        Mlp negMlp = build(neg);
        assertThat(negMlp.hiddenSpace().dim()).isEqualTo(73);
        assertThat(build(zero).hiddenSpace().dim()).isEqualTo(73);
        for (Value v : fx.valueSet(balance)) {
            Map<BasisDirection, Double> y = nonzero(CraftEval.mlp(negMlp, at(balance, num(v))));
            assertThat(y).containsOnlyKeys(fx.dir(neg, BoolValue.of(num(v) < 0)));
            assertThat(y.values().iterator().next()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void linearSequenceMapUsesFourUnits() {
        SOp a = numerical("a", List.of(i(0), i(1)));
        SOp b = numerical("bb", List.of(i(0), i(1)));
        LinearSequenceMapOp diff = fx.linear("diff", a, b, 1, -1);
        Mlp mlp = build(diff);
        assertThat(mlp.hiddenSpace().basis()).containsExactlyInAnyOrder(
                new BasisDirection("_hidden_diff_x", IntValue.of(1)), new BasisDirection("_hidden_diff_x", IntValue.of(-1)),
                new BasisDirection("_hidden_diff_y", IntValue.of(1)), new BasisDirection("_hidden_diff_y", IntValue.of(-1)));
        assertThat(mlp.first().input().basis()).containsExactlyInAnyOrder(BasisDirection.of("a"), BasisDirection.of("bb"));
        for (double x : new double[] {-2.5, -1, 0, 0.25, 3}) {
            for (double y : new double[] {-1.5, 0, 0.5, 4}) {
                Map<BasisDirection, Double> r = new HashMap<>();
                r.put(BasisDirection.of("a"), x);
                r.put(BasisDirection.of("bb"), y);
                assertThat(CraftEval.mlp(mlp, r).getOrDefault(BasisDirection.of("diff"), 0.0)).isCloseTo(x - y, within(1e-12));
            }
        }
    }

    @Test
    void linearSequenceMapOfOneSopWithItselfAddsBothFactors() {
        SOp a = numerical("a", List.of(i(0), i(1)));
        LinearSequenceMapOp twice = fx.linear("twice", a, a, 1, 1);
        Mlp mlp = build(twice);
        assertThat(mlp.first().input().basis()).containsExactly(BasisDirection.of("a"));
        assertThat(mlp.hiddenSpace().dim()).isEqualTo(4);
        assertThat(CraftEval.mlp(mlp, Map.of(BasisDirection.of("a"), 0.75)).get(BasisDirection.of("twice")))
                .isCloseTo(1.5, within(1e-12));
        assertThat(CraftEval.mlp(mlp, Map.of(BasisDirection.of("a"), -2.0)).get(BasisDirection.of("twice")))
                .isCloseTo(-4, within(1e-12));
    }
}
