package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.raspworkbench.core.craft.Fixtures.BOS;
import static org.raspworkbench.core.craft.Fixtures.ONE;
import static org.raspworkbench.core.craft.Fixtures.i;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class SelectorWidthBlockTest {
    private final Fixtures fx = new Fixtures(5);
    private final TokensOp tokens = fx.tokens(List.of(StrValue.of("a"), StrValue.of("b"), StrValue.of("c")));

    private SeriesWithResiduals build(SelectorWidthOp op) {
        return (SeriesWithResiduals) ExprToCraft.build(op, fx.ctx()).orElseThrow();
    }

    private static List<Value> word(String s) {
        List<Value> out = new ArrayList<>();
        for (char c : s.toCharArray()) out.add(StrValue.of(String.valueOf(c)));
        return out;
    }

    @Test
    void lengthIsAnAttentionHeadThenAnMlpWith12HiddenUnits() {
        SelectorWidthOp length = fx.selectorWidth("length", fx.select("all", tokens, tokens, Comparison.TRUE),
                Encoding.CATEGORICAL);
        SeriesWithResiduals block = build(length);
        assertThat(block.blocks()).hasSize(2);
        AttentionHead attn = (AttentionHead) block.blocks().get(0);
        Mlp mlp = (Mlp) block.blocks().get(1);
        BasisDirection attnOut = BasisDirection.of("length_selector_width_attn_output");

        assertThat(mlp.hiddenSpace().dim()).isEqualTo(12);
        assertThat(mlp.hiddenSpace().basis()).contains(BasisDirection.of("_hidden_clean_bos_"),
                BasisDirection.of("_hidden_length_start"));
        assertThat(attn.qk().left().basis()).containsExactlyInAnyOrder(new BasisDirection("tokens", StrValue.of("a")),
                new BasisDirection("tokens", StrValue.of("b")), new BasisDirection("tokens", StrValue.of("c")), BOS, ONE);
        assertThat(attn.qk().right().dim()).isEqualTo(4);
        assertThat(attn.ov().input().basis()).containsExactly(BOS);
        assertThat(attn.ov().output().basis()).containsExactly(attnOut);
        assertThat(attn.causal()).isFalse();
        assertThat(mlp.first().input().basis()).containsExactlyInAnyOrder(attnOut, ONE, BOS);
        assertThat(mlp.second().output().basis()).contains(attnOut).containsAll(fx.space(length).basis());
        // BOS is attended with the full coldness
        int oneRow = attn.qk().left().basis().indexOf(ONE);
        int bosCol = attn.qk().right().basis().indexOf(BOS);
        assertThat(attn.qk().matrix()[oneRow][bosCol]).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc", "abcab", "cc"})
    void categoricalWidthOfSelectAllIsTheLengthAndBosIsCleaned(String input) {
        SelectorWidthOp length = fx.selectorWidth("length", fx.select("all", tokens, tokens, Comparison.TRUE),
                Encoding.CATEGORICAL);
        List<Map<BasisDirection, Double>> out = CraftEval.run(build(length),
                new SeqFixture(input.length()).put(tokens, word(input)).residuals());
        int n = input.length();
        BasisDirection attnOut = BasisDirection.of("length_selector_width_attn_output");
        for (Value w : fx.valueSet(length)) {
            double[] col = SeqFixture.column(out, fx.dir(length, w));
            assertThat(col[0]).isCloseTo(0, within(1e-6));
            for (int p = 1; p <= n; p++) assertThat(col[p]).isCloseTo(w.equals(i(n)) ? 1 : 0, within(1e-6));
        }
        double[] attn = SeqFixture.column(out, attnOut);
        assertThat(attn[0]).isCloseTo(0, within(1e-6));
        assertThat(attn[1]).isCloseTo(1.0 / (n + 1), within(1e-6));
    }

    @Test
    void histogramCountsEqualTokens() {
        SelectorWidthOp hist = fx.selectorWidth("hist", fx.select("same", tokens, tokens, Comparison.EQ),
                Encoding.CATEGORICAL);
        List<Map<BasisDirection, Double>> out = CraftEval.run(build(hist),
                new SeqFixture(4).put(tokens, word("abac")).residuals());
        int[] expected = {0, 2, 1, 2, 1};
        for (int p = 1; p <= 4; p++) {
            assertThat(out.get(p).getOrDefault(fx.dir(hist, i(expected[p])), 0.0)).isCloseTo(1, within(1e-6));
        }
    }

    @Test
    void numericalWidthAndSelectNone() {
        Select none = fx.select("none", tokens, tokens, Comparison.FALSE);
        SelectorWidthOp zero = fx.selectorWidth("zero", none, Encoding.NUMERICAL);
        Select lt = fx.select("lt", tokens, tokens, Comparison.LT);
        SelectorWidthOp smaller = fx.selectorWidth("smaller", lt, Encoding.NUMERICAL);
        SeriesWithResiduals zeroBlock = build(zero);
        assertThat(((Mlp) zeroBlock.blocks().get(1)).hiddenSpace().dim()).isEqualTo(12);

        List<Map<BasisDirection, Double>> seq = new SeqFixture(5).put(tokens, word("cabca")).residuals();
        double[] zeros = SeqFixture.column(CraftEval.run(zeroBlock, seq), BasisDirection.of("zero"));
        for (double z : zeros) assertThat(z).isCloseTo(0, within(1e-6));
        double[] counts = SeqFixture.column(CraftEval.run(build(smaller), seq), BasisDirection.of("smaller"));
        assertThat(counts).containsExactly(new double[] {0, 3, 0, 2, 3, 0}, within(1e-6));
    }

    @Test
    void twoSelectorWidthsShareTheCleanBosUnitWhenCombined() {
        SelectorWidthOp a = fx.selectorWidth("wa", fx.select("all", tokens, tokens, Comparison.TRUE), Encoding.CATEGORICAL);
        SelectorWidthOp b = fx.selectorWidth("wb", fx.select("eq", tokens, tokens, Comparison.EQ), Encoding.CATEGORICAL);
        Mlp ma = (Mlp) build(a).blocks().get(1);
        Mlp mb = (Mlp) build(b).blocks().get(1);
        Mlp both = Mlp.combineInParallel(List.of(ma, mb));
        assertThat(both.hiddenSpace().dim()).isEqualTo(11 + 11 + 1);
        int bosRow = both.first().input().basis().indexOf(BOS);
        int clean = both.hiddenSpace().basis().indexOf(BasisDirection.of(SelectorWidthBlock.CLEAN_BOS_HIDDEN));
        assertThat(both.first().matrix()[bosRow][clean]).isEqualTo(2);
    }
}
