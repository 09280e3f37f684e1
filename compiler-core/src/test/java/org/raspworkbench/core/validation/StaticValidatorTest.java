package org.raspworkbench.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.testkit.ProgramBuilder;
import org.raspworkbench.core.testkit.Py;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/** Each construct Tracr cannot compile is one {@code unsupported} error that names it, at its text. */
class StaticValidatorTest {
    private static final SourceRange AT = ProgramBuilder.range(3, 5, 20);
    private final ProgramBuilder b = new ProgramBuilder();

    private Diagnostic onlyError(SOp output) {
        Compilation c = Compiler.compile(b.program(Py.ints(0, 1), 4, output));
        assertThat(c.model()).isEmpty();
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).kind()).isEqualTo(ErrorKind.UNSUPPORTED);
        return errors.get(0);
    }

    private MapOp numerical(SOp inner) {
        return b.numericalMap("num", inner, a -> a.get(0));
    }

    @Test
    void numericalTokens() {
        TokensOp t = b.add(new TokensOp(b.nextId(), "tokens", Encoding.NUMERICAL, AT));
        Diagnostic d = onlyError(b.map("m", t, a -> a.get(0)));
        assertThat(d.message()).contains("numerical tokens");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void numericalKeys() {
        Select s = b.add(new Select(b.nextId(), "sel", AT, numerical(b.tokens), b.tokens, Comparison.EQ));
        Diagnostic d = onlyError(b.selectorWidth("w", s));
        assertThat(d.message()).contains("numerical keys");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void numericalQueries() {
        Select s = b.add(new Select(b.nextId(), "sel", AT, b.tokens, numerical(b.indices), Comparison.EQ));
        Diagnostic d = onlyError(b.selectorWidth("w", s));
        assertThat(d.message()).contains("numerical queries");
        assertThat(d.range()).isEqualTo(AT);
    }

    private Select all() {
        return b.select("all", b.indices, b.indices, Comparison.TRUE);
    }

    private AggregateOp aggregate(Encoding enc, SOp sop, Value dflt) {
        return b.add(new AggregateOp(b.nextId(), "agg", enc, AT, all(), sop, dflt));
    }

    @Test
    void aggregateWhoseEncodingDiffersFromItsSop() {
        Diagnostic d = onlyError(aggregate(Encoding.NUMERICAL, b.tokens, IntValue.of(0)));
        assertThat(d.message()).contains("aggregate").contains("encoding").contains("differs");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void categoricalAggregateWithADefault() {
        Diagnostic d = onlyError(aggregate(Encoding.CATEGORICAL, b.tokens, IntValue.of(0)));
        assertThat(d.message()).contains("categorical aggregate").contains("default 0");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void numericalAggregateWithDefaultNone() {
        Diagnostic d = onlyError(aggregate(Encoding.NUMERICAL, numerical(b.tokens), NoneValue.NONE));
        assertThat(d.message()).contains("numerical aggregate").contains("default None");
    }

    @Test
    void nonLinearNumericalSequenceMap() {
        SequenceMapOp m = b.add(new SequenceMapOp(b.nextId(), "prod", Encoding.NUMERICAL, AT, numerical(b.tokens),
                numerical(b.indices), a -> Py.mul(a.get(0), a.get(1))));
        Diagnostic d = onlyError(m);
        assertThat(d.message()).contains("non-linear numerical sequence_map");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void linearCombinationOfCategoricalSops() {
        LinearSequenceMapOp m = b.add(new LinearSequenceMapOp(b.nextId(), "sum", Encoding.NUMERICAL, AT, b.tokens,
                b.indices, IntValue.of(1), IntValue.of(1), a -> Py.add(a.get(0), a.get(1))));
        Diagnostic d = onlyError(m);
        assertThat(d.message()).contains("linear combination");
    }

    @Test
    void compositeSelectors() {
        Select x = b.select("x", b.tokens, b.tokens, Comparison.EQ);
        Select y = b.select("y", b.indices, b.indices, Comparison.LEQ);
        SelectorAnd both = b.add(new SelectorAnd(b.nextId(), "both", AT, x, y));
        SelectorWidthOp w = b.selectorWidth("w", both);
        Diagnostic d = onlyError(w);
        assertThat(d.message()).contains("composite selector 'both'");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void nonBinaryNumericalAggregate() {
        MapOp twice = b.numericalMap("twice", b.tokens, a -> Py.mul(a.get(0), IntValue.of(2)));
        Diagnostic d = onlyError(aggregate(Encoding.NUMERICAL, twice, IntValue.of(0)));
        assertThat(d.message()).contains("non-binary").contains("'twice' can be 2");
        assertThat(d.range()).isEqualTo(AT);
    }

    @Test
    void errorsComeInTracrsBreadthFirstOrder() {
        Select s1 = b.add(new Select(b.nextId(), "s1", AT, numerical(b.tokens), b.tokens, Comparison.EQ));
        SOp w1 = b.selectorWidth("w1", s1);
        Select s2 = b.add(new Select(b.nextId(), "s2", AT, b.tokens, numerical(b.tokens), Comparison.EQ));
        SOp w2 = b.selectorWidth("w2", s2);
        SOp out = b.sequenceMap("out", w2, w1, a -> a.get(0));
        Compilation c = Compiler.compile(b.program(Py.ints(0, 1), 4, out));
        assertThat(c.diagnostics()).extracting(Diagnostic::message)
                .satisfiesExactly(m -> assertThat(m).contains("'s2'"), m -> assertThat(m).contains("'s1'"));
        assertThat(c.diagnostics()).extracting(Diagnostic::kind).containsOnly(ErrorKind.UNSUPPORTED);
        assertThat(List.<RaspExpr>of(s1, s2)).hasSize(2);
    }
}
