package org.raspworkbench.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** Tracr's evaluator: None propagation, aggregate means, widths, composite selectors, causal masks. */
class EvaluatorTest {
    private static final String HEADER = "set vocab [1, 2, 3];\nset max_seq_len 5;\n";

    private static RaspProgram program(String src) {
        return ProgramRunner.run(src).program().orElseThrow(() -> new AssertionError(ProgramRunner.run(src)
                .diagnostics()));
    }

    private static List<Value> ints(long... xs) {
        return java.util.Arrays.stream(xs).mapToObj(x -> (Value) IntValue.of(x)).toList();
    }

    private static RaspExpr node(RaspProgram p, String name) {
        return p.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void noneFlowsThroughMapsAndSequenceMapsWithoutCallingThem() {
        RaspProgram p = program(HEADER + "prev = aggregate(select(indices, indices, lambda k, q: k == q - 1), tokens);\n"
                + "a = map(lambda x: x * 10, prev);\nb = sequence_map(lambda x, y: x + y, prev, tokens);\noutput b;");
        Evaluation e = Evaluator.evaluate(p, ints(1, 2, 3));
        assertThat(e.valuesOf((SOp) node(p, "a"))).containsExactly(NoneValue.NONE, IntValue.of(10), IntValue.of(20));
        assertThat(e.output()).containsExactly(NoneValue.NONE, IntValue.of(3), IntValue.of(5));
        assertThat(e.diagnostics()).isEmpty();
    }

    @Test
    void aggregateMeanFollowsTracr() {
        RaspProgram p = program(HEADER + "prevs = select(indices, indices, <=);\nm = aggregate(prevs, tokens);\n"
                + "b = numerical(aggregate(prevs, numerical(tokens == 1), 0));\noutput m;");
        Evaluation e = Evaluator.evaluate(p, ints(1, 2, 3));
        // One selected value is returned as it is; several are averaged with true division.
        assertThat(e.output()).containsExactly(IntValue.of(1), FloatValue.of(1.5), FloatValue.of(2.0));
        assertThat(e.valuesOf((SOp) node(p, "b"))).containsExactly(BoolValue.TRUE, FloatValue.of(0.5),
                FloatValue.of(1.0 / 3));
    }

    @Test
    void averagingStringsIsReportedNotThrown() {
        RaspProgram p = program("set vocab \"ab\";\nset max_seq_len 3;\nall = select(indices, indices, True);\n"
                + "m = aggregate(all, tokens);\noutput m;");
        Evaluation e = Evaluator.evaluate(p, List.of(StrValue.of("a"), StrValue.of("b")));
        assertThat(e.output()).containsExactly(NoneValue.NONE, NoneValue.NONE);
        assertThat(e.diagnostics()).hasSize(1);
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(d.message()).isEqualTo("'m' selects ['a', 'b'] at position 0, but only numbers can be averaged");
        assertThat(d.range().start().line()).isEqualTo(4);
        assertThat(Evaluator.evaluate(p, List.of(StrValue.of("a"))).output()).containsExactly(StrValue.of("a"));
    }

    @Test
    void userFunctionErrorsBecomeDiagnosticsWithTheFunctionsRange() {
        RaspProgram p = program(HEADER + "y = map(lambda x: 6 / (x - 2), tokens);");
        Evaluation e = Evaluator.evaluate(p, ints(1, 2, 3));
        assertThat(e.output()).containsExactly(FloatValue.of(-6.0), NoneValue.NONE, FloatValue.of(6.0));
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(d.message()).isEqualTo("'y' failed at position 1 on 2: division by zero");
        assertThat(d.range().start().column()).isEqualTo(19);
        assertThat(d.range().end().column()).isEqualTo(30);
    }

    @Test
    void aLambdaThatTouchesAnSopFailsWhenItIsCalled() {
        RaspProgram p = program(HEADER + "y = map(lambda x: x + tokens, indices);");
        Evaluation e = Evaluator.evaluate(p, ints(1));
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).contains("'tokens' is an S-op: functions given to map, sequence_map and select run");
        assertThat(d.range().start().column()).isEqualTo(23);
        RaspProgram q = program(HEADER + "def f(x) { return select(indices, indices, ==); }\ny = map(f, indices);");
        assertThat(Evaluator.evaluate(q, ints(1)).diagnostics().get(0).message()).contains("'indices' is an S-op");
    }

    @Test
    void selectorWidthAndCompositeSelectors() {
        RaspProgram p = program(HEADER + "a = select(indices, indices, <);\nb = select(tokens, tokens, ==);\n"
                + "both = a and b;\neither = a or b;\nneither = not (a or b);\nw = selector_width(neither);\noutput w;");
        Evaluation e = Evaluator.evaluate(p, ints(1, 2, 1));
        boolean[][] both = e.selectionOf((Selector) node(p, "both"));
        assertThat(both[2]).containsExactly(true, false, false);
        boolean[][] either = e.selectionOf((Selector) node(p, "either"));
        assertThat(either[0]).containsExactly(true, false, true);
        assertThat(e.output()).isEqualTo(ints(1, 1, 0));
    }

    @Test
    void causalProgramsMaskEverySelector() {
        RaspProgram p = program("set vocab [1, 2, 3];\nset max_seq_len 5;\nset causal True;\n"
                + "all = select(indices, indices, True);\nw = selector_width(all);\noutput w;");
        Evaluation e = Evaluator.evaluate(p, ints(3, 1, 2));
        assertThat(e.output()).isEqualTo(ints(1, 2, 3));
        assertThat(e.selectionOf((Selector) node(p, "all"))[0]).containsExactly(true, false, false);
        RaspProgram len = program("set vocab [1, 2, 3];\nset max_seq_len 5;\nset causal True;\noutput length;");
        assertThat(Evaluator.evaluate(len, ints(3, 1, 2)).output()).isEqualTo(ints(1, 2, 3));
    }

    @Test
    void noneKeysAreRefusedByComparisonsAsInTracr() {
        RaspProgram p = program(HEADER + "prev = aggregate(select(indices, indices, lambda k, q: k == q - 1), tokens);\n"
                + "s = select(prev, tokens, ==);\noutput selector_width(s);");
        Evaluation e = Evaluator.evaluate(p, ints(1, 2));
        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).message()).startsWith("'s' compares None with ==");
    }

    @Test
    void manyLargeSelectorsStayWithinMemoryAndCanStillBeRead() {
        StringBuilder src = new StringBuilder("set vocab [1, 2, 3];\nset max_seq_len 1000;\nx = indices;\n");
        for (int i = 0; i < 24; i++) {
            src.append("s").append(i).append(" = select(x, indices, <=);\nx = aggregate(s").append(i)
                    .append(", x) if True else x;\n");
        }
        src.append("output x;");
        RaspProgram p = program(src.toString());
        List<Value> input = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) input.add(IntValue.of(1 + i % 3));
        Evaluation e = Evaluator.evaluate(p, input);
        assertThat(e.diagnostics()).isEmpty();
        assertThat(e.selectionOf((Selector) node(p, "s0"))[999][0]).isTrue();
        assertThat(e.output()).hasSize(1000);
    }

    @Test
    void emptyInput() {
        RaspProgram p = program(HEADER + "output length;");
        assertThat(Evaluator.evaluate(p, List.of()).output()).isEmpty();
    }
}
