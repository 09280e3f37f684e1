package org.raspworkbench.core.dag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.eval;
import static org.raspworkbench.core.program.Programs.ints;
import static org.raspworkbench.core.program.Programs.node;
import static org.raspworkbench.core.program.Programs.program;
import static org.raspworkbench.core.program.Programs.sop;

/** Operators on S-ops build what Tracr's operator overloads build. */
class LiftingTest {
    private static final List<Value> IN = ints(1, 2, 3);

    @Test
    void unaryOperatorsAndBuiltinsOnAnSopAreMaps() {
        for (String e : List.of("-tokens", "+tokens", "not tokens", "abs(tokens)", "round(tokens)", "floor(tokens)",
                "ceil(tokens)", "int(tokens)", "float(tokens)", "str(tokens)", "bool(tokens)")) {
            RaspProgram p = program(HEADER + "y = " + e + ";");
            assertThat(sop(p, "y")).as(e).isInstanceOf(MapOp.class);
            assertThat(((MapOp) sop(p, "y")).inner().name()).as(e).isEqualTo("tokens");
        }
        assertThat(eval(program(HEADER + "y = -tokens;"), IN)).isEqualTo(ints(-1, -2, -3));
        assertThat(eval(program(HEADER + "y = not (tokens - 1);"), IN))
                .containsExactly(BoolValue.TRUE, BoolValue.FALSE, BoolValue.FALSE);
        assertThat(eval(program(HEADER + "y = str(tokens);"), IN).get(0).repr()).isEqualTo("'1'");
    }

    @Test
    void sopWithConstantOnEitherSideIsAMap() {
        RaspProgram p = program(HEADER + "a = tokens - 1;\nb = 10 - tokens;\nc = tokens / 2;\nd = 2 ** tokens;\n"
                + "e = tokens == 2;\nf = 2 < tokens;\ng = tokens in [1, 3];\noutput a;");
        for (String n : List.of("a", "b", "c", "d", "e", "f", "g")) assertThat(sop(p, n)).as(n).isInstanceOf(MapOp.class);
        assertThat(eval(program(HEADER + "y = 10 - tokens;"), IN)).isEqualTo(ints(9, 8, 7));
        assertThat(eval(program(HEADER + "y = tokens / 2;"), IN).get(0)).isEqualTo(FloatValue.of(0.5));
        assertThat(eval(program(HEADER + "y = tokens in [1, 3];"), IN))
                .containsExactly(BoolValue.TRUE, BoolValue.FALSE, BoolValue.TRUE);
    }

    @Test
    void twoSopsMakeASequenceMapEvenWhenTheyAreTheSame() {
        RaspProgram p = program(HEADER + "a = tokens * indices;\nb = tokens + tokens;\nc = tokens < indices;\n"
                + "output a;");
        SequenceMapOp a = (SequenceMapOp) sop(p, "a");
        assertThat(a.first().name()).isEqualTo("tokens");
        assertThat(a.second().name()).isEqualTo("indices");
        assertThat(((SequenceMapOp) sop(p, "b")).first()).isSameAs(((SequenceMapOp) sop(p, "b")).second());
        assertThat(sop(p, "c")).isInstanceOf(SequenceMapOp.class);
        assertThat(eval(p, IN)).isEqualTo(ints(0, 2, 6));
    }

    @Test
    void plusAndMinusOfNumericalSopsAreLinearSequenceMaps() {
        RaspProgram p = program(HEADER + "x = numerical(tokens == 1);\ny = numerical(tokens == 2);\n"
                + "s = x + y;\nd = x - y;\nc = tokens + tokens;\nm = x * y;\noutput d;");
        LinearSequenceMapOp d = (LinearSequenceMapOp) sop(p, "d");
        assertThat(d.encoding()).isEqualTo(Encoding.NUMERICAL);
        assertThat(d.firstCoeff()).isEqualTo(IntValue.of(1));
        assertThat(d.secondCoeff()).isEqualTo(IntValue.of(-1));
        assertThat(((LinearSequenceMapOp) sop(p, "s")).secondCoeff()).isEqualTo(IntValue.of(1));
        assertThat(sop(p, "c")).isInstanceOf(SequenceMapOp.class);
        assertThat(sop(p, "c").encoding()).isEqualTo(Encoding.CATEGORICAL);
        assertThat(sop(p, "m")).isInstanceOf(SequenceMapOp.class);
        // 1 * True + -1 * False is the int 1, as in Tracr.
        assertThat(eval(p, IN)).containsExactly(IntValue.of(1), IntValue.of(-1), IntValue.of(0));
        assertThat(eval(p, IN).get(0).typeName()).isEqualTo("int");
    }

    @Test
    void conditionalOverSops() {
        RaspProgram one = program(HEADER + "y = 0 if tokens == 2 else 5;");
        assertThat(sop(one, "y")).isInstanceOf(MapOp.class);
        assertThat(((MapOp) sop(one, "y")).inner().name()).isEqualTo("tokens");
        assertThat(eval(one, IN)).isEqualTo(ints(5, 0, 5));
        RaspProgram same = program(HEADER + "c = tokens == 2;\ny = 0 if c else tokens;");
        assertThat(sop(same, "y")).isInstanceOf(SequenceMapOp.class);
        assertThat(eval(same, IN)).isEqualTo(ints(1, 0, 3));
        RaspProgram two = program(HEADER + "y = tokens if indices == 0 else 9;");
        SequenceMapOp s = (SequenceMapOp) sop(two, "y");
        assertThat(s.first().name()).isEqualTo("tokens");
        assertThat(eval(two, IN)).isEqualTo(ints(1, 9, 9));
        RaspProgram three = program(HEADER + "c = indices == 1;\ny = tokens if c else indices;");
        MapOp m = (MapOp) sop(three, "y");
        SequenceMapOp outer = (SequenceMapOp) m.inner();
        SequenceMapOp pair = (SequenceMapOp) outer.first();
        assertThat(pair.first().name()).isEqualTo("tokens");
        assertThat(pair.second().name()).isEqualTo("c");
        assertThat(outer.second().name()).isEqualTo("indices");
        assertThat(eval(three, IN)).isEqualTo(ints(0, 2, 2));
        assertThat(eval(program(HEADER + "y = tokens if True else indices;"), IN)).isEqualTo(IN);
    }

    @Test
    void andOrNotOnSopsAreElementwiseWithPythonTruthiness() {
        RaspProgram p = program(HEADER + "a = tokens - 1;\ny = a and indices;\noutput y;");
        assertThat(sop(p, "y")).isInstanceOf(SequenceMapOp.class);
        assertThat(eval(p, IN)).isEqualTo(ints(0, 1, 2));
        assertThat(eval(program(HEADER + "y = (tokens - 1) or 7;"), IN)).isEqualTo(ints(7, 1, 2));
        // A plain left operand decides first, as in Python.
        assertThat(eval(program(HEADER + "y = 0 or tokens;"), IN)).isEqualTo(IN);
        assertThat(program(HEADER + "y = 0 or tokens;").output().name()).isEqualTo("tokens");
    }

    @Test
    void chainedComparisonsOverOneSopAreOneMap() {
        RaspProgram p = program(HEADER + "y = 1 < tokens <= 3;");
        assertThat(sop(p, "y")).isInstanceOf(MapOp.class);
        assertThat(eval(p, IN)).containsExactly(BoolValue.FALSE, BoolValue.TRUE, BoolValue.TRUE);
    }

    @Test
    void minAndMaxOverSopsLift() {
        assertThat(eval(program(HEADER + "y = max(tokens, 2);"), IN)).isEqualTo(ints(2, 2, 3));
        assertThat(sop(program(HEADER + "y = min(tokens, indices);"), "y")).isInstanceOf(SequenceMapOp.class);
    }

    @Test
    void selectorsCombineWithAndOrNotAndFoldWhenKeysAndQueriesMatch() {
        RaspProgram p = program(HEADER + "a = select(indices, indices, <=);\nb = select(indices, indices, !=);\n"
                + "c = select(tokens, indices, ==);\nboth = a and b;\neither = a or c;\nnone = not a;\n"
                + "notc = not (a or c);\ny = selector_width(both);");
        Select both = (Select) node(p, "both");
        assertThat(both.keys().name()).isEqualTo("indices");
        assertThat(both.predicate().text()).isEqualTo("(<=) and (!=)");
        assertThat(node(p, "either")).isInstanceOf(SelectorOr.class);
        assertThat(node(p, "none")).isInstanceOf(Select.class);
        assertThat(((Select) node(p, "none")).predicate().text()).isEqualTo("not (<=)");
        assertThat(node(p, "notc")).isInstanceOf(SelectorNot.class);
        assertThat(eval(p, IN)).isEqualTo(ints(0, 1, 2));
        RaspProgram q = program(HEADER + "a = select(indices, indices, <=);\nc = select(tokens, indices, ==);\n"
                + "both = a and c;\ny = selector_width(both);");
        assertThat(node(q, "both")).isInstanceOf(SelectorAnd.class);
        assertThat(eval(q, ints(1, 1, 2))).isEqualTo(ints(0, 2, 1));
    }

    @Test
    void mixingSopsAndSelectorsIsATypeError() {
        Diagnostic d = error(HEADER + "s = select(tokens, tokens, ==);\ny = s and tokens;");
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).isEqualTo("'and' cannot combine a selector with an S-op; both sides must be selectors");
        assertThat(at(d)).isEqualTo("4:5-4:17");
        Diagnostic plus = error(HEADER + "s = select(tokens, tokens, ==);\ny = s + 1;");
        assertThat(plus.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(at(plus)).isEqualTo("4:5-4:10");
    }

    @Test
    void mapOfAMapFusesEvenWhenTheInnerIsNamedOrAnnotated() {
        RaspProgram p = program(HEADER + "a = tokens + 1;\nb = numerical(a);\nc = map(lambda x: x * 2, b);\n"
                + "d = c == 4;\noutput d;");
        MapOp d = (MapOp) sop(p, "d");
        assertThat(d.inner().name()).isEqualTo("tokens");
        assertThat(((MapOp) sop(p, "c")).inner().name()).isEqualTo("tokens");
        assertThat(eval(p, IN)).containsExactly(BoolValue.TRUE, BoolValue.FALSE, BoolValue.FALSE);
        assertThat(d.encoding()).isEqualTo(Encoding.CATEGORICAL);
    }
}
