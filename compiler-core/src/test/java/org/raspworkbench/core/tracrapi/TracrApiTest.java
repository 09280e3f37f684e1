package org.raspworkbench.core.tracrapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.value.Value;

/** Every item of Tracr's rasp API and every operator overload, as a .py program uses them. */
class TracrApiTest {
    private static final String HEADER = "from tracr.rasp import rasp\nfrom tracr.compiler import compiling\n";
    private static final String VOCAB = "{1, 2, 3}";

    /** Runs {@code body}, whose last line's S-op {@code out} is compiled with vocab {1, 2, 3}, length 5. */
    static RaspProgram program(String body) {
        RunResult r = ProgramRunner.run(HEADER + body + "\ncompiling.compile_rasp_to_model(out, " + VOCAB + ", 5)\n",
                SurfaceSyntax.PYTHON);
        assertThat(r.diagnostics()).as(body).filteredOn(Diagnostic::isError).isEmpty();
        return r.program().orElseThrow();
    }

    static List<Diagnostic> errors(String script) {
        return ProgramRunner.run(script, SurfaceSyntax.PYTHON).errors();
    }

    static String eval(RaspProgram p, String input) {
        List<Value> tokens = InputParser.parse(input, p.settings()).values().orElseThrow();
        Evaluation e = Evaluator.evaluate(p, tokens);
        List<String> out = new ArrayList<>();
        for (Value v : e.output()) out.add(v.repr());
        return String.join(" ", out);
    }

    static RaspExpr node(RaspProgram p, String name) {
        return p.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no node " + name + " in " + p.nodes().stream().map(RaspExpr::name).toList()));
    }

    @Test
    void primitivesAndDefaultNames() {
        RaspProgram p = program("out = rasp.SequenceMap(lambda x, i: x * 10 + i, rasp.tokens, rasp.indices)");
        assertThat(p.output()).isInstanceOf(SequenceMapOp.class);
        assertThat(p.output().name()).isEqualTo("sequence_map");
        assertThat(eval(p, "[1, 2, 3]")).isEqualTo("10 21 32");
        RaspProgram len = program("out = rasp.numerical(rasp.length)");
        assertThat(eval(len, "[1, 2]")).isEqualTo("2 2");
        assertThat(len.output().isNumerical()).isTrue();
    }

    @Test
    void mapSimplifiesUnlessToldNot() {
        RaspProgram fused = program("out = rasp.Map(lambda x: x + 1, rasp.Map(lambda x: x * 2, rasp.tokens))");
        assertThat(((MapOp) fused.output()).inner().name()).isEqualTo("tokens");
        assertThat(eval(fused, "[1, 2]")).isEqualTo("3 5");
        RaspProgram two = program("out = rasp.Map(lambda x: x + 1, rasp.Map(lambda x: x * 2, rasp.tokens), "
                + "simplify=False)");
        assertThat(((MapOp) two.output()).inner()).isInstanceOf(MapOp.class);
        // names follow creation order, as Tracr's ids do: the inner map is the first "map"
        assertThat(((MapOp) two.output()).inner().name()).isEqualTo("map");
        assertThat(two.output().name()).isEqualTo("map_2");
        RaspProgram positional = program("out = rasp.Map(lambda x: x + 1, rasp.Map(lambda x: x * 2, rasp.tokens), "
                + "False)");
        assertThat(((MapOp) positional.output()).inner()).isInstanceOf(MapOp.class);
    }

    @Test
    void pythonsOwnFunctionsCanBeMapped() {
        RaspProgram q = program("import functools\ndef add(a, b):\n    return a + b\n"
                + "out = rasp.Map(functools.partial(add, 10), rasp.tokens)");
        assertThat(eval(q, "[1, 2]")).isEqualTo("11 12");
        RaspProgram r = program("out = rasp.Map(repr, rasp.tokens)");
        assertThat(eval(r, "[1, 2]")).isEqualTo("'1' '2'");
    }

    @Test
    void linearSequenceMapWithGeneralCoefficients() {
        RaspProgram p = program("a = rasp.numerical(rasp.Map(lambda x: x, rasp.tokens))\n"
                + "b = rasp.numerical(rasp.Map(lambda x: x * 2, rasp.indices))\n"
                + "out = rasp.numerical(rasp.LinearSequenceMap(a, b, 0.5, -3)).named(\"mix\")");
        assertThat(p.output()).isInstanceOf(LinearSequenceMapOp.class);
        assertThat(p.output().name()).isEqualTo("mix");
        assertThat(eval(p, "[2, 2, 2]")).isEqualTo("1.0 -5.0 -11.0");
    }

    @Test
    void everyComparison() {
        String[][] cases = {{"EQ", "1 1 1"}, {"LT", "0 1 2"}, {"LEQ", "1 2 3"}, {"GT", "2 1 0"}, {"GEQ", "3 2 1"},
                {"NEQ", "2 2 2"}, {"TRUE", "3 3 3"}, {"FALSE", "0 0 0"}};
        for (String[] c : cases) {
            RaspProgram p = program("out = rasp.SelectorWidth(rasp.Select(rasp.indices, rasp.indices, "
                    + "rasp.Comparison." + c[0] + "))");
            assertThat(eval(p, "[1, 2, 3]")).as(c[0]).isEqualTo(c[1]);
        }
        RaspProgram called = program("ok = rasp.Comparison.LT(1, 2)\nout = rasp.Map(lambda x: ok, rasp.tokens)");
        assertThat(eval(called, "[1]")).isEqualTo("True");
        RaspProgram keyword = program("out = rasp.SelectorWidth(rasp.Select(keys=rasp.tokens, queries=rasp.tokens, "
                + "predicate=lambda k, q: k < q))");
        assertThat(eval(keyword, "[3, 1, 2]")).isEqualTo("2 0 1");
    }

    @Test
    void aggregateIsCategoricalWithNoneDefaultAsInTracr() {
        RaspProgram p = program("sel = rasp.Select(rasp.indices, rasp.indices, lambda k, q: k == q - 1)\n"
                + "out = rasp.Aggregate(sel, rasp.tokens)");
        AggregateOp a = (AggregateOp) p.output();
        assertThat(a.encoding()).isEqualTo(Encoding.CATEGORICAL);
        assertThat(eval(p, "[1, 2, 3]")).isEqualTo("None 1 2");
        RaspProgram num = program("x = rasp.numerical(rasp.Map(lambda t: t, rasp.tokens))\n"
                + "sel = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.LEQ)\n"
                + "out = rasp.numerical(rasp.Aggregate(sel, x, default=0))");
        assertThat(num.output().isNumerical()).isTrue();
        assertThat(List.of(eval(num, "[1, 2, 3]").split(" ")).stream().map(Double::parseDouble).toList())
                .containsExactly(1.0, 1.5, 2.0);
        // Tracr's Aggregate takes its encoding from its own annotation, not from what it aggregates
        RaspProgram plain = program("x = rasp.numerical(rasp.Map(lambda t: t, rasp.tokens))\n"
                + "out = rasp.Aggregate(rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.EQ), x)");
        assertThat(plain.output().encoding()).isEqualTo(Encoding.CATEGORICAL);
    }

    @Test
    void selectorClassesNeverFoldButTheFunctionsDo() {
        String two = "a = rasp.Select(rasp.tokens, rasp.tokens, rasp.Comparison.LT)\n"
                + "b = rasp.Select(rasp.tokens, rasp.tokens, rasp.Comparison.NEQ)\n";
        RaspProgram cls = program(two + "out = rasp.SelectorWidth(rasp.SelectorAnd(a, b))");
        assertThat(cls.output().children().get(0)).isInstanceOf(SelectorAnd.class);
        assertThat(cls.output().children().get(0).name()).isEqualTo("selector_and");
        RaspProgram fn = program(two + "out = rasp.SelectorWidth(rasp.selector_and(a, b))");
        assertThat(fn.output().children().get(0)).isInstanceOf(Select.class);
        RaspProgram noSimplify = program(two + "out = rasp.SelectorWidth(rasp.selector_or(a, b, simplify=False))");
        assertThat(noSimplify.output().children().get(0)).isInstanceOf(SelectorOr.class);
        RaspProgram or = program(two + "out = rasp.SelectorWidth(rasp.SelectorOr(a, b))");
        assertThat(or.output().children().get(0)).isInstanceOf(SelectorOr.class);
        RaspProgram not = program(two + "out = rasp.SelectorWidth(rasp.SelectorNot(a))");
        assertThat(not.output().children().get(0)).isInstanceOf(SelectorNot.class);
        RaspProgram notFn = program(two + "out = rasp.SelectorWidth(rasp.selector_not(a))");
        assertThat(notFn.output().children().get(0)).isInstanceOf(Select.class);
        assertThat(eval(cls, "[1, 2, 3]")).isEqualTo(eval(fn, "[1, 2, 3]")).isEqualTo("0 1 2");
        RaspProgram ops = program(two + "out = rasp.SelectorWidth((a & b) | ~a)");
        assertThat(eval(ops, "[1, 2, 3]")).isEqualTo("3 3 3");
    }

    @Test
    void encodingsNamesAndAnnotations() {
        RaspProgram p = program("m = rasp.Map(lambda x: x, rasp.tokens)\n"
                + "n = rasp.numerical(m)\n"
                + "assert rasp.is_numerical(n) and rasp.is_categorical(m)\n"
                + "assert rasp.get_encoding(n) == rasp.get_encoding(n)\n"
                + "c = rasp.annotate(n, encoding=rasp.Encoding.CATEGORICAL)\n"
                + "d = c.annotated(name=\"dd\")\n"
                + "assert d.name == \"dd\" and d.label == \"dd\"\n"
                + "out = rasp.categorical(d + 1).named(f\"plus_{1}\")");
        assertThat(p.output().name()).isEqualTo("plus_1");
        assertThat(p.output().isCategorical()).isTrue();
        assertThat(node(p, "dd")).isInstanceOf(SOp.class);
        // .named can rename what the program named before: the last name wins, as in Tracr
        RaspProgram renamed = program("out = rasp.Map(lambda x: x, rasp.tokens).named(\"a\").named(\"b\")");
        assertThat(renamed.output().name()).isEqualTo("b");
    }

    @Test
    void operatorOverloadsBuildWhatTracrsBuild() {
        String[][] cases = {
                {"rasp.tokens + 1", "2 3 4", "map"}, {"1 + rasp.tokens", "2 3 4", "map"},
                {"rasp.tokens - 1", "0 1 2", "map"}, {"10 - rasp.tokens", "9 8 7", "map"},
                {"rasp.tokens * 2", "2 4 6", "map"}, {"2 * rasp.tokens", "2 4 6", "map"},
                {"rasp.tokens / 2", "0.5 1.0 1.5", "map"}, {"6 / rasp.tokens", "6.0 3.0 2.0", "map"},
                {"rasp.tokens == 2", "False True False", "map"}, {"rasp.tokens != 2", "True False True", "map"},
                {"rasp.tokens < 2", "True False False", "map"}, {"rasp.tokens <= 2", "True True False", "map"},
                {"rasp.tokens > 2", "False False True", "map"}, {"rasp.tokens >= 2", "False True True", "map"},
                {"rasp.tokens & 0", "0 0 0", "map"}, {"rasp.tokens | 0", "1 2 3", "map"},
                {"~(rasp.tokens > 1)", "True False False", "map"},
                {"rasp.tokens + rasp.indices", "1 3 5", "sequence_map"},
                {"rasp.tokens - rasp.indices", "1 1 1", "sequence_map"},
                {"rasp.tokens * rasp.indices", "0 2 6", "sequence_map"},
                {"(rasp.tokens > 1) & (rasp.indices > 0)", "False True True", "sequence_map"},
                {"(rasp.tokens > 2) | (rasp.indices < 1)", "True False True", "sequence_map"}};
        for (String[] c : cases) {
            RaspProgram p = program("out = " + c[0]);
            assertThat(eval(p, "[1, 2, 3]")).as(c[0]).isEqualTo(c[1]);
            assertThat(p.output().name()).as(c[0]).isEqualTo(c[2]);
        }
        // Tracr's x + y of two numerical S-ops is a SequenceMap (categorical), not a linear one
        RaspProgram sum = program("a = rasp.numerical(rasp.Map(lambda x: x, rasp.tokens))\n"
                + "out = a + rasp.numerical(rasp.Map(lambda x: x, rasp.indices))");
        assertThat(sum.output()).isInstanceOf(SequenceMapOp.class);
        assertThat(sum.output().isCategorical()).isTrue();
    }

    @Test
    void assignmentsDoNotNameSOpsInPython() {
        RaspProgram p = program("x = rasp.tokens + 1\ny = x * 2\nout = rasp.SequenceMap(lambda a, b: a + b, x, y)");
        assertThat(p.nodes().stream().map(RaspExpr::name).toList()).contains("map", "map_2", "sequence_map")
                .doesNotContain("x", "y", "out");
    }

    @Test
    void characterCodesAndPowersForTheFunctionsMapsRun() {
        RunResult caesar = ProgramRunner.run(HEADER + "out = rasp.Map(lambda x: chr((ord(x) - 97 + 3) % 26 + 97), "
                + "rasp.tokens)\ncompiling.compile_rasp_to_model(out, set(\"xyz\"), 3)\n", SurfaceSyntax.PYTHON);
        assertThat(eval(caesar.program().orElseThrow(), "\"xyz\"")).isEqualTo("'a' 'b' 'c'");
        RaspProgram q = program("assert pow(2, 10) == 1024 and divmod(-7, 2) == (-4, 1)\n"
                + "out = rasp.Map(lambda x: pow(x, 2), rasp.tokens)");
        assertThat(eval(q, "[1, 2, 3]")).isEqualTo("1 4 9");
    }

    @Test
    void isinstanceKnowsTracrsExpressionTypes() {
        RaspProgram p = program("s = rasp.Select(rasp.tokens, rasp.tokens, rasp.Comparison.EQ)\n"
                + "assert isinstance(rasp.tokens, rasp.SOp) and not isinstance(s, rasp.SOp)\n"
                + "assert isinstance(s, rasp.Selector) and isinstance(s, rasp.RASPExpr) and not isinstance(1, rasp.RASPExpr)\n"
                + "assert isinstance(1, int)\n"
                + "out = rasp.SelectorWidth(s)");
        assertThat(p.output().name()).isEqualTo("selector_width");
    }

    @Test
    void constantSelectorIsRefusedWithAWayOut() {
        List<Diagnostic> e = errors(HEADER + "out = rasp.ConstantSelector([[True]])\n");
        assertThat(e).singleElement().satisfies(d -> {
            assertThat(d.kind().name()).isEqualTo("UNSUPPORTED");
            assertThat(d.message()).contains("write rasp.Select with a predicate instead");
            assertThat(d.range().start().column()).isEqualTo(7);
        });
    }
}
