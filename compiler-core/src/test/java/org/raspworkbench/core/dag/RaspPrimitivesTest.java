package org.raspworkbench.core.dag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.eval;
import static org.raspworkbench.core.program.Programs.ints;
import static org.raspworkbench.core.program.Programs.node;
import static org.raspworkbench.core.program.Programs.program;
import static org.raspworkbench.core.program.Programs.sop;

/** The table of RASP primitives in the language contract, row by row. */
class RaspPrimitivesTest {
    @Test
    void tokensAndIndices() {
        RaspProgram p = program(HEADER + "output tokens;");
        assertThat(p.output()).isInstanceOf(TokensOp.class);
        assertThat(p.output().name()).isEqualTo("tokens");
        assertThat(eval(p, ints(3, 1))).isEqualTo(ints(3, 1));
        assertThat(eval(program(HEADER + "output indices;"), ints(3, 1, 2))).isEqualTo(ints(0, 1, 2));
    }

    @Test
    void lengthIsTracrsMakeLengthWithOneSharedInstance() {
        RaspProgram p = program(HEADER + "a = length + 1;\nb = length - 1;\ny = a + b;");
        SelectorWidthOp length = (SelectorWidthOp) node(p, "length");
        assertThat(length.selector().name()).isEqualTo("all_true_selector");
        Select all = (Select) length.selector();
        assertThat(all.keys().name()).isEqualTo("tokens");
        assertThat(all.queries().name()).isEqualTo("tokens");
        assertThat(all.predicate()).isEqualTo(Comparison.TRUE);
        assertThat(p.nodes().stream().filter(n -> n.name().equals("length")).count()).isEqualTo(1);
        assertThat(((MapOp) sop(p, "a")).inner()).isSameAs(((MapOp) sop(p, "b")).inner());
        assertThat(eval(program(HEADER + "output length;"), ints(1, 2, 3))).isEqualTo(ints(3, 3, 3));
    }

    @Test
    void selectTakesBareComparisonsBoolsAndFunctions() {
        String src = HEADER + "s1 = select(tokens, tokens, <);\ns2 = select(tokens, tokens, True);\n"
                + "s3 = select(tokens, tokens, False);\ns4 = select(tokens, indices, lambda k, q: k == q + 1);\n"
                + "def f(k, q) { return k > q; }\ns5 = select(indices, indices, f);\ny = selector_width(s1);";
        RaspProgram p = program(src);
        assertThat(((Select) node(p, "s1")).predicate()).isEqualTo(Comparison.LT);
        assertThat(((Select) node(p, "s2")).predicate()).isEqualTo(Comparison.TRUE);
        assertThat(((Select) node(p, "s3")).predicate()).isEqualTo(Comparison.FALSE);
        assertThat(((Select) node(p, "s4")).predicate()).isInstanceOf(PredicateFunction.class);
        assertThat(((Select) node(p, "s4")).predicate().text()).isEqualTo("lambda k, q: k == q + 1");
        assertThat(((Select) node(p, "s5")).predicate().text()).isEqualTo("f");
        for (String op : List.of("==", "!=", "<", "<=", ">", ">=")) {
            assertThat(((Select) program(HEADER + "s = select(tokens, tokens, " + op + ");\ny = selector_width(s);")
                    .nodes().get(2)).predicate().text()).isEqualTo(op);
        }
    }

    @Test
    void lessThanMeansKeyLessThanQuery() {
        RaspProgram p = program(HEADER + "s = select(indices, indices, <);\noutput selector_width(s);");
        // The query at position 2 selects keys 0 and 1.
        boolean[][] m = Evaluator.evaluate(p, ints(1, 1, 1)).selectionOf((Select) node(p, "s"));
        assertThat(m[2]).containsExactly(true, true, false);
        assertThat(m[0]).containsExactly(false, false, false);
        assertThat(eval(p, ints(1, 1, 1))).isEqualTo(ints(0, 1, 2));
    }

    @Test
    void aggregateTakesTheEncodingOfItsSopAndItsDefault() {
        RaspProgram p = program(HEADER + "s = select(indices, indices, ==);\nc = aggregate(s, tokens);\n"
                + "n = numerical(tokens == 1);\nm = aggregate(s, n);\nd = aggregate(s, tokens, 7);\n"
                + "e = aggregate(s, tokens, default=2);\noutput c;");
        assertThat(sop(p, "c").encoding()).isEqualTo(Encoding.CATEGORICAL);
        assertThat(((AggregateOp) sop(p, "c")).defaultValue()).isEqualTo(NoneValue.NONE);
        assertThat(sop(p, "m").encoding()).isEqualTo(Encoding.NUMERICAL);
        assertThat(((AggregateOp) sop(p, "m")).defaultValue()).isEqualTo(IntValue.of(0));
        assertThat(((AggregateOp) sop(p, "m")).defaultValue().typeName()).isEqualTo("int");
        assertThat(((AggregateOp) sop(p, "d")).defaultValue()).isEqualTo(IntValue.of(7));
        assertThat(((AggregateOp) sop(p, "e")).defaultValue()).isEqualTo(IntValue.of(2));
    }

    @Test
    void aggregateReturnsTheDefaultWhereNothingIsSelected() {
        RaspProgram p = program(HEADER + "s = select(indices, indices, lambda k, q: k == q + 1);\n"
                + "output aggregate(s, tokens);");
        assertThat(eval(p, ints(1, 2, 3))).containsExactly(IntValue.of(2), IntValue.of(3), NoneValue.NONE);
    }

    @Test
    void selectorWidth() {
        RaspProgram p = program(HEADER + "output selector_width(select(tokens, tokens, ==));");
        assertThat(eval(p, ints(1, 2, 1, 1))).isEqualTo(ints(3, 1, 3, 3));
    }

    @Test
    void mapAndSequenceMap() {
        RaspProgram p = program(HEADER + "a = map(lambda x: x * 10, tokens);\n"
                + "output sequence_map(lambda x, y: x + y, a, indices);");
        assertThat(eval(p, ints(1, 2, 3))).isEqualTo(ints(10, 21, 32));
        assertThat(eval(program(HEADER + "output map(abs, tokens - 2);"), ints(1, 2, 3))).isEqualTo(ints(1, 0, 1));
    }

    @Test
    void numericalAndCategoricalCopyTheSop() {
        RaspProgram p = program(HEADER + "x = tokens == 1;\ny = numerical(x);\nz = categorical(y);\noutput z;");
        assertThat(sop(p, "x").encoding()).isEqualTo(Encoding.CATEGORICAL);
        assertThat(sop(p, "y").encoding()).isEqualTo(Encoding.NUMERICAL);
        assertThat(sop(p, "z").encoding()).isEqualTo(Encoding.CATEGORICAL);
        assertThat(sop(p, "y").id()).isNotEqualTo(sop(p, "x").id());
        assertThat(sop(p, "y")).isInstanceOf(MapOp.class);
        assertThat(((MapOp) sop(p, "y")).inner().name()).isEqualTo("tokens");
    }

    @Test
    void primitivesCheckTheirArguments() {
        Diagnostic d = error(HEADER + "s = select(tokens, [1], ==);");
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).isEqualTo("the queries must be an S-op, not a list");
        assertThat(at(d)).isEqualTo("3:20-3:23");
        Diagnostic p = error(HEADER + "s = select(tokens, tokens, 3);");
        assertThat(p.message()).startsWith("the predicate must be a comparison");
        assertThat(at(p)).isEqualTo("3:28-3:29");
        Diagnostic m = error(HEADER + "y = map(lambda a, b: a, tokens);");
        assertThat(m.message()).isEqualTo("the function given to map is called with 1 argument, but the lambda takes 2");
        assertThat(at(m)).isEqualTo("3:9-3:23");
        Diagnostic a = error(HEADER + "y = aggregate(tokens, tokens);");
        assertThat(a.message()).isEqualTo("the first argument of aggregate must be a selector (made by select), "
                + "not an S-op");
        assertThat(at(a)).isEqualTo("3:15-3:21");
        Diagnostic mapped = error(HEADER + "y = map(abs, [1]);");
        assertThat(mapped.message()).isEqualTo("the second argument of map must be an S-op, not a list");
        assertThat(at(mapped)).isEqualTo("3:14-3:17");
        Diagnostic width = error(HEADER + "y = selector_width(tokens);");
        assertThat(width.message()).isEqualTo("the argument of selector_width must be a selector (made by select), "
                + "not an S-op");
        Diagnostic w = error(HEADER + "y = selector_width(tokens, tokens);");
        assertThat(w.message()).isEqualTo("selector_width() takes 1 argument (2 given)");
        assertThat(at(w)).isEqualTo("3:5-3:35");
        Diagnostic dflt = error(HEADER + "y = aggregate(select(tokens, tokens, ==), tokens, [0]);");
        assertThat(dflt.message()).isEqualTo("an aggregate's default must be None, a number or a string, not a list");
    }
}
