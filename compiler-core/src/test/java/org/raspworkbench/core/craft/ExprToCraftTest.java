package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.raspworkbench.core.craft.Fixtures.i;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourcePos;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class ExprToCraftTest {
    private static final SourceRange AT = new SourceRange(new SourcePos(3, 5), new SourcePos(3, 20), 40, 55);
    private final Fixtures fx = new Fixtures(4);
    private final TokensOp tokens = fx.tokens(List.of(i(1), i(2)));
    private final IndicesOp indices = fx.indices();
    private final MapOp numeric = fx.map("numeric", tokens, Encoding.NUMERICAL, x -> x);

    private void assertUnsupported(SOp op, SourceRange range, String... words) {
        assertThatThrownBy(() -> ExprToCraft.build(op, fx.ctx()))
                .isInstanceOfSatisfying(RaspException.class, e -> {
                    assertThat(e.diagnostic().kind()).isEqualTo(ErrorKind.UNSUPPORTED);
                    assertThat(e.diagnostic().range()).isEqualTo(range);
                    assertThat(e.getMessage()).contains(words);
                });
    }

    @Test
    void tokensAndIndicesNeedNoBlock() {
        assertThat(ExprToCraft.build(tokens, fx.ctx())).isEmpty();
        assertThat(ExprToCraft.build(indices, fx.ctx())).isEmpty();
    }

    @Test
    void eachKindGetsItsBlockShape() {
        assertThat(ExprToCraft.build(numeric, fx.ctx())).get().isInstanceOf(Mlp.class);
        Select sel = fx.select("sel", indices, indices, Comparison.EQ);
        assertThat(ExprToCraft.build(fx.aggregate("agg", sel, tokens, Encoding.CATEGORICAL), fx.ctx()))
                .get().isInstanceOf(AttentionHead.class);
        assertThat(ExprToCraft.build(fx.selectorWidth("w", sel, Encoding.CATEGORICAL), fx.ctx()))
                .get().isInstanceOf(SeriesWithResiduals.class);
    }

    @Test
    void selectorWidthHeadIsNeverCausal() {
        Select sel = fx.select("sel", indices, indices, Comparison.LEQ);
        SeriesWithResiduals w = (SeriesWithResiduals) ExprToCraft.build(
                fx.selectorWidth("w", sel, Encoding.CATEGORICAL), fx.ctx(true)).orElseThrow();
        assertThat(((AttentionHead) w.blocks().get(0)).causal()).isFalse();
    }

    @Test
    void compositeSelectorsAreUnsupported() {
        Select a = fx.select("a", indices, indices, Comparison.EQ);
        SelectorAnd both = new SelectorAnd(90, "both", AT, a, a);
        AggregateOp agg = new AggregateOp(91, "agg", Encoding.CATEGORICAL, Fixtures.RANGE, both, tokens, null);
        assertUnsupported(agg, AT, "composite", "both");
        SelectorWidthOp w = new SelectorWidthOp(92, "w", Encoding.CATEGORICAL, Fixtures.RANGE, both);
        assertUnsupported(w, AT, "composite");
    }

    @Test
    void numericalKeysOrQueriesAreUnsupported() {
        Select byKey = new Select(93, "by_key", AT, numeric, indices, Comparison.EQ);
        assertUnsupported(new AggregateOp(94, "agg", Encoding.CATEGORICAL, Fixtures.RANGE, byKey, tokens, null),
                AT, "numerical keys 'numeric'");
        Select byQuery = new Select(95, "by_query", AT, indices, numeric, Comparison.EQ);
        assertUnsupported(new SelectorWidthOp(96, "w", Encoding.CATEGORICAL, Fixtures.RANGE, byQuery),
                AT, "numerical queries 'numeric'");
    }

    @Test
    void aggregateEncodingsAndDefaultsAreChecked() {
        Select sel = fx.select("sel", indices, indices, Comparison.EQ);
        assertUnsupported(new AggregateOp(97, "mixed", Encoding.NUMERICAL, AT, sel, tokens, IntValue.of(0)),
                AT, "encodings must match");
        assertUnsupported(new AggregateOp(98, "cat", Encoding.CATEGORICAL, AT, sel, tokens, IntValue.of(0)),
                AT, "must be None");
        assertUnsupported(new AggregateOp(99, "num", Encoding.NUMERICAL, AT, sel, numeric, IntValue.of(1)),
                AT, "must be 0");
        AggregateOp zeroFloat = fx.with(new AggregateOp(100, "numf", Encoding.NUMERICAL, AT, sel, numeric,
                Fixtures.f(0.0)), List.of(i(0), i(1)));
        assertThat(ExprToCraft.build(zeroFloat, fx.ctx())).isPresent();
    }

    @Test
    void sequenceMapEncodingsAreChecked() {
        SequenceMapOp nonLinear = fx.with(new SequenceMapOp(101, "prod", Encoding.NUMERICAL, AT, numeric, numeric,
                Fixtures.fn2((a, b) -> a)), List.of(i(1)));
        assertUnsupported(nonLinear, AT, "prod", "categorical");
        LinearSequenceMapOp categorical = fx.with(new LinearSequenceMapOp(102, "sum", Encoding.CATEGORICAL, AT,
                tokens, indices, IntValue.of(1), IntValue.of(1), Fixtures.fn2((a, b) -> a)), List.of(i(1)));
        assertUnsupported(categorical, AT, "numerical");
    }

    @Test
    void otherErrorsOfUserFunctionsPropagate() {
        RaspException boom = new RaspException(ErrorKind.TYPE, "unsupported operand", AT);
        MapOp bad = fx.with(new MapOp(103, "bad", Encoding.CATEGORICAL, Fixtures.RANGE, tokens,
                Fixtures.fn1(x -> {
                    throw boom;
                })), List.of(i(1)));
        assertThatThrownBy(() -> ExprToCraft.build(bad, fx.ctx())).isSameAs(boom);
    }

    @Test
    void numericalMapsMustGiveNumbers() {
        MapOp words = fx.with(new MapOp(104, "words", Encoding.NUMERICAL, AT, numeric,
                Fixtures.fn1(x -> StrValue.of("a"))), List.<Value>of(StrValue.of("a")));
        assertThatThrownBy(() -> ExprToCraft.build(words, fx.ctx()))
                .isInstanceOfSatisfying(RaspException.class, e -> {
                    assertThat(e.diagnostic().kind()).isEqualTo(ErrorKind.TYPE);
                    assertThat(e.diagnostic().range()).isEqualTo(AT);
                });
    }

    @Test
    void aNumericalMapDefinedNowhereIsAValueError() {
        MapOp never = fx.with(new MapOp(105, "never", Encoding.NUMERICAL, AT, numeric,
                Fixtures.fn1(x -> {
                    throw Fixtures.divisionByZero();
                })), List.of());
        assertThatThrownBy(() -> ExprToCraft.build(never, fx.ctx()))
                .isInstanceOfSatisfying(RaspException.class, e -> {
                    assertThat(e.diagnostic().kind()).isEqualTo(ErrorKind.VALUE);
                    assertThat(e.getMessage()).contains("never");
                });
    }
}
