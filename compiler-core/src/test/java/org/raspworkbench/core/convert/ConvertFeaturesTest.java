package org.raspworkbench.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the converter must keep, each shown on a small program that goes {@code .rasp -> .rasp},
 * {@code .rasp -> .py} and {@code .py -> .rasp} to the same model (the whole trace document), with
 * the text each syntax should read as.
 */
class ConvertFeaturesTest {
    /** The program in both syntaxes, after checking that every conversion compiles to the source's model. */
    private record Both(String rasp, String py) {
    }

    private static Both roundTrip(String program) {
        String expected = ConvertRoundTripTest.trace(program, "p.rasp");
        String rasp = convert(program, "p.rasp", ConvertTarget.RASP);
        assertThat(ConvertRoundTripTest.trace(rasp, "p.rasp")).as("as .rasp:\n%s", rasp).isEqualTo(expected);
        String py = convert(program, "p.rasp", ConvertTarget.TRACR);
        assertThat(ConvertRoundTripTest.trace(py, "p.py")).as("as Tracr Python:\n%s", py).isEqualTo(expected);
        String back = convert(py, "p.py", ConvertTarget.RASP);
        assertThat(ConvertRoundTripTest.trace(back, "p.rasp")).as("back as .rasp:\n%s", back).isEqualTo(expected);
        return new Both(rasp, py);
    }

    private static String convert(String text, String name, ConvertTarget target) {
        Conversion c = ProgramConverter.convert(text, name, target);
        assertThat(c.errors()).as("errors converting to %s", target).isEmpty();
        return c.text().orElseThrow();
    }

    @Test
    void floatsStringsAndTuplesReadBackExactly() {
        Both b = roundTrip("""
                set vocab ["it's", "a\\"b", "é\\x01", "t"];
                set max_seq_len 3;
                set example ["it's", "t"];
                f = map(lambda t: -0.0 if t == "t" else 1e-05 if t == "it's" else 0.1 + 0.2, tokens);
                g = map(lambda t: (t, 1e16, (True,)) if t == "t" else (t,), tokens);
                h = sequence_map(lambda a, b: str(a) + str(b), f, g);
                output h;
                """);
        assertThat(b.rasp()).contains("set vocab [\"it's\", 'a\"b', 'é\\x01', 't'];");
        assertThat(b.py()).contains("vocab={\"it's\", 'a\"b', 'é\\x01', 't'}");
        assertThat(b.py()).contains("-0.0 if t == 't' else 1e-05 if t == \"it's\" else 0.1 + 0.2");
    }

    @Test
    void infinitiesHaveNoLiteralAndAreWrittenAsFloats() {
        Both b = roundTrip("""
                set vocab [1, 2];
                set max_seq_len 2;
                set example [1, 2];
                m = map(lambda x: {1: float("inf"), 2: -float("inf")}[x], tokens);
                out = map(lambda v: v > 0, m);
                output out;
                """);
        assertThat(b.py()).contains("lambda v: {1: float('inf'), 2: -float('inf')}[v] > 0");
    }

    @Test
    void mapsOfMapsStayTwoWhereTheProgramSaidSimplifyFalse() {
        Both b = roundTrip("""
                set vocab [1, 2, 3];
                set max_seq_len 3;
                set example [1, 2];
                inner = map(lambda t: t + 1, tokens);
                twice = map(lambda v: v * 2, inner, simplify=False);
                fused = map(lambda v: v - 1, twice);
                output fused;
                """);
        // fused folds into twice (Tracr's simplify), which stays apart from inner
        assertThat(b.rasp()).contains("inner = map(lambda t: t + 1, tokens);",
                "fused = map(lambda v: v * 2 - 1, inner, simplify=False);", "# Not in the model (fused into a later map, or not needed by the output): twice.");
        assertThat(b.py()).contains("rasp.Map(lambda v: v * 2 - 1, inner, simplify=False).named('fused')");
    }

    @Test
    void namesThatAreNotIdentifiersOrAreTakenKeepTheirNamesThroughNamed() {
        Both b = roundTrip("""
                set vocab [1, 2, 3];
                set max_seq_len 3;
                set example [1, 2];
                a = named(map(lambda t: t + 1, tokens), "shift 1");
                b = named(map(lambda t: t * 2, a), "map");
                c = sequence_map(lambda x, y: x + y, a, b).named("lambda");
                output c;
                """);
        assertThat(b.rasp()).contains("shift_1 = named(map(lambda t: t + 1, tokens), 'shift 1');",
                "map_ = named(map(lambda t: (t + 1) * 2, tokens), 'map');", "lambda_ = named(");
        assertThat(b.py()).contains(".named('shift 1')", ".named('map')", ".named('lambda')");
    }

    @Test
    void encodingsDefaultsAndLinearMapsAreKept() {
        Both b = roundTrip("""
                set vocab ["a", "b"];
                set max_seq_len 4;
                set example ["a", "b", "a"];
                x = numerical(map(lambda t: 1 if t == "a" else 0, tokens));
                y = numerical(map(lambda t: 1 if t == "b" else 0, tokens));
                mix = numerical(linear_sequence_map(x, y, 0.5, -2));
                frac = numerical(aggregate(select(indices, indices, <=), x, default=0));
                both = sequence_map(lambda p, q: (p, q), tokens, map(lambda v: v > 0, mix));
                last = sequence_map(lambda p, q: (p, q), both, map(lambda v: v > 0.3, frac));
                output last;
                """);
        assertThat(b.rasp()).contains("mix = numerical(linear_sequence_map(x, y, 0.5, -2));",
                "frac = aggregate(");
        assertThat(b.py()).contains("rasp.numerical(rasp.LinearSequenceMap(x, y, 0.5, -2)).named('mix')",
                "rasp.numerical(rasp.Aggregate(", ", x, default=0)).named('frac')");
    }

    @Test
    void compositeAndFoldedSelectorsAreBuiltAsTracrBuildsThem() {
        // Tracr compiles no composite selector, so this compares what the programs evaluate to
        String program = """
                set vocab [1, 2, 3];
                set max_seq_len 4;
                set example [3, 1, 2, 1];
                same = select(tokens, tokens, ==);
                earlier = select(indices, indices, <);
                both = same and earlier;
                folded = select(indices, indices, <) or select(indices, indices, ==);
                never = not both;
                w = selector_width(both);
                v = selector_width(folded);
                u = selector_width(never);
                out = sequence_map(lambda a, b: a + b, sequence_map(lambda a, b: a * 10 + b, w, v), u);
                output out;
                """;
        String rasp = convert(program, "p.rasp", ConvertTarget.RASP);
        String py = convert(program, "p.rasp", ConvertTarget.TRACR);
        assertThat(evaluated(rasp, "p.rasp")).isEqualTo(evaluated(program, "p.rasp"));
        assertThat(evaluated(py, "p.py")).isEqualTo(evaluated(program, "p.rasp"));
        assertThat(rasp).contains("both = same and earlier;", "never = not both;",
                "folded = select(indices, indices, lambda k, q: k < q or k == q);");
        assertThat(py).contains("rasp.SelectorAnd(same, earlier).named('both')", "rasp.SelectorNot(both)",
                "rasp.Select(rasp.indices, rasp.indices, lambda k, q: k < q or k == q).named('folded')");
    }

    private static String evaluated(String text, String name) {
        org.raspworkbench.core.rasp.RaspProgram p = org.raspworkbench.core.program.ProgramRunner.run(text,
                org.raspworkbench.core.syntax.SurfaceSyntax.of(name)).program().orElseThrow();
        return org.raspworkbench.core.evaluation.Evaluator.evaluate(p, p.settings().example().orElseThrow()).output().toString();
    }

    @Test
    void settingsThatDifferFromTheDefaultsAreWritten() {
        Both b = roundTrip("""
                set vocab [1, 2];
                set max_seq_len 3;
                set example [2, 1, "END"];
                set causal True;
                set bos "START";
                set pad "END";
                set mlp_exactness 50;
                m = numerical(map(lambda t: t / 2, tokens));
                n = map(lambda v: v > 0.6, m);
                output n;
                """);
        assertThat(b.rasp()).contains("set causal True;", "set bos 'START';", "set pad 'END';",
                "set mlp_exactness 50;", "set example [2, 1, 'END'];");
        assertThat(b.py()).contains("causal=True,", "compiler_bos='START',", "compiler_pad='END',",
                "mlp_exactness=50,", "model.apply(['START', 2, 1, 'END'])");
    }

    @Test
    void aFunctionTracrCannotTabulateIsWrittenAsATableWithoutTheFailingInputs() {
        Both b = roundTrip("""
                set vocab [1, 2];
                set max_seq_len 3;
                set example [1, 2];
                m = 6 // length;
                output m;
                """);
        assertThat(b.py()).contains("# the function fails on 0 (", "}.get(x), length).named('m')")
                .doesNotContain("6 // x");
        assertThat(b.rasp()).contains("}.get(x), length);");
    }

    @Test
    void valuesKnownOnlyWhenTheProgramRanAreInlinedOrTabulated() {
        Both b = roundTrip("""
                set vocab [1, 2, 3];
                set max_seq_len 4;
                set example [1, 2, 3];
                def shift(offset, sop) {
                  return aggregate(select(indices, indices, lambda k, q: q == k + offset), sop);
                }
                table = [5, 6, 7, 8];
                picked = map(lambda i: table[i], indices);
                threshold = 2;
                big = tokens > threshold;
                out = sequence_map(lambda a, b: (a, b), shift(1, big), picked);
                output out;
                """);
        assertThat(b.rasp()).contains("lambda k, q: q == k + 1", "big = map(lambda x: x > 2, tokens);",
                "# 'map(lambda i: table[i], indices)' reads values known only when the program ran",
                "picked = map(lambda x: [5, 6, 7, 8][x], indices);");
    }

    @Test
    void aPredicateThatScoresWithNumbersKeepsItsNumbers() {
        Both b = roundTrip("""
                set vocab [1, 2, 3];
                set max_seq_len 3;
                set example [1, 2, 3];
                weights = [2, 1, 1];
                pick = select(indices, indices, lambda k, q: weights[k] if k <= q else 0);
                out = aggregate(pick, tokens);
                output out;
                """);
        assertThat(b.rasp()).contains("pick = select(indices, indices, lambda k, q: {", "}.get((k, q), False));",
                "(0, 0): 2, (0, 1): 2, (0, 2): 2, (1, 1): 1");
    }

    @Test
    void tracrsOverloadsOfInvertAndOrOnSOpsReadAsNotAndOr() {
        Both b = roundTrip("""
                set vocab [1, 2, 3];
                set max_seq_len 5;
                set example [3, 1, 2, 1];
                small = ~(tokens > 1);
                either = 0 | (tokens > 2);
                first = indices == 0;
                both = small & first;
                out = sequence_map(lambda p, q: (p, q), both, either);
                output out;
                """);
        assertThat(b.rasp()).contains("small = map(lambda x: not x > 1, tokens);",
                "either = map(lambda x: x > 2 or 0, tokens);", "both = sequence_map(lambda x, y: x and y, small, first);");
    }

    @Test
    void aFunctionNeitherALambdaNorATableCanWriteIsAnErrorAtItsText() {
        String program = """
                set vocab [1, 2];
                set max_seq_len 2;
                set example [1, 2];
                t = [5, 6];
                m = map(lambda x: float("nan") if x == 1 else 0.0, tokens);
                n = map(lambda v: t[0] if v == v else t[1], m, simplify=False);
                """;
        Conversion c = ProgramConverter.convert(program, "p.rasp", ConvertTarget.TRACR);
        assertThat(c.text()).isEmpty();
        assertThat(c.errors()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(org.raspworkbench.core.source.ErrorKind.UNSUPPORTED);
            assertThat(d.message()).contains("'n'", "NaN");
            assertThat(d.range().start().line()).isEqualTo(6);
        });
    }

    @Test
    void theProgramsCommentsAboutEachStatementAreCarriedOver() {
        Both b = roundTrip("""
                # A header, which stays the header.
                set vocab [1, 2, 3];
                set max_seq_len 4;
                set example [1, 2, 3];

                # Where each token is the largest so far:
                # two lines above the statement.
                bigger = select(tokens, tokens, >);   # keys greater than the query
                count = selector_width(bigger);
                outs = [];
                for k in [1, 2] {
                  shifted = count + k;   # made twice: no comment carried
                  outs = outs + [shifted];
                }
                output sequence_map(lambda a, b: a * 10 + b, outs[0], outs[1]);
                """);
        assertThat(b.py()).contains("""
                # Where each token is the largest so far:
                # two lines above the statement.
                # keys greater than the query
                bigger = rasp.Select(""");
        assertThat(b.rasp()).startsWith("# A header, which stays the header.\n").doesNotContain("made twice");
    }

    @Test
    void aLambdaWhoseNamesArePythonKeywordsIsNotWrittenAsPython() {
        Both b = roundTrip("""
                set vocab [1, 2, 3];
                set max_seq_len 3;
                set example [1, 2];
                m = map(lambda class: class + 1, tokens);
                output m;
                """);
        assertThat(b.rasp()).contains("m = map(lambda class: class + 1, tokens);");
        assertThat(b.py()).contains("# 'map(lambda class: class + 1, tokens)' uses a name Python reserves or lacks;",
                "rasp.Map(lambda x: {1: 2, 2: 3, 3: 4}[x], rasp.tokens)");
    }

    @Test
    void raspsBuiltInFloorAndCeilAreMathsInPython() {
        Both b = roundTrip("""
                set vocab [1, 2, 3, 4];
                set max_seq_len 3;
                set example [1, 4];
                m = map(lambda t: floor(t / 3) + ceil(math.sqrt(t)), tokens);
                output m;
                """);
        assertThat(b.py()).contains("import math\n", "rasp.Map(lambda t: math.floor(t / 3) + math.ceil(math.sqrt(t)), rasp.tokens)");
        assertThat(b.rasp()).contains("m = map(lambda t: floor(t / 3) + ceil(math.sqrt(t)), tokens);");
    }

    @Test
    void tupleTokensAndConstantSelectsRoundTrip() {
        Both b = roundTrip("""
                set vocab [(1, "a"), (2, "b"), (3, "a")];
                set max_seq_len 3;
                set example [(1, "a"), (3, "a")];
                letter = map(lambda t: t[1], tokens);
                same = aggregate(select(indices, indices, ==), letter);
                none = selector_width(select(indices, indices, False));
                all = selector_width(select(tokens, tokens, True));
                out = sequence_map(lambda f, n: f + str(n), same, sequence_map(lambda a, b: a + b, none, all));
                output out;
                """);
        assertThat(b.rasp()).contains("set vocab [(1, 'a'), (2, 'b'), (3, 'a')];",
                "select(indices, indices, False)", "select(tokens, tokens, True)", "map(lambda t: t[1], tokens)");
        assertThat(b.py()).contains("vocab={(1, 'a'), (2, 'b'), (3, 'a')}", "rasp.Comparison.FALSE",
                "rasp.Comparison.TRUE", "model.apply(['BOS', (1, 'a'), (3, 'a')])");
    }

    @Test
    void operatorsInsideTracrsLibraryAreWrittenFromTheOperatorItself() {
        String script = """
                from tracr.compiler import compiling
                from tracr.compiler import lib
                from tracr.rasp import rasp

                balance = lib.make_pair_balance(rasp.tokens, "(", ")")
                model = compiling.compile_rasp_to_model(balance, vocab={"(", ")", "a"}, max_seq_len=4,
                                                        compiler_bos="BOS")
                model.apply(["BOS", "(", "a", ")"])
                """;
        String expected = ConvertRoundTripTest.trace(script, "p.py");
        String rasp = convert(script, "p.py", ConvertTarget.RASP);
        assertThat(ConvertRoundTripTest.trace(rasp, "p.rasp")).isEqualTo(expected);
        assertThat(rasp).contains("bools_open = numerical(map(lambda x: x == '(', tokens));",
                "bools_close = numerical(map(lambda x: x == ')', tokens));").doesNotContain("the table holds");
    }
}
