package org.raspworkbench.core.tracrapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;

/**
 * A .py script as a whole: settings from its compile_rasp_to_model call or a '# rasp:' comment,
 * the example from model.apply, Python's own built-ins, and every error under its exact text.
 */
class TracrScriptsTest {
    private static final String HEADER = "from tracr.rasp import rasp\nfrom tracr.compiler import compiling, lib\n";

    static RunResult run(String script) {
        return ProgramRunner.run(script, SurfaceSyntax.PYTHON);
    }

    static RaspProgram ok(String script) {
        RunResult r = run(script);
        assertThat(r.errors()).as(script).isEmpty();
        return r.program().orElseThrow();
    }

    /** The one error of the script, as "line:col-line:col KIND message" with the text it covers. */
    static String error(String script) {
        List<Diagnostic> errors = run(script).errors();
        assertThat(errors).as(script).hasSize(1);
        Diagnostic d = errors.get(0);
        String text = script.substring(d.range().startOffset(), d.range().endOffset());
        return d.range().start().line() + ":" + d.range().start().column() + " [" + text + "] " + d.kind() + " "
                + d.message();
    }

    @Test
    void settingsComeFromTheCompileCallPositionalOrKeyword() {
        CompileSettings s = ok(HEADER + "p = lib.make_hist()\n"
                + "m = compiling.compile_rasp_to_model(p, {\"a\", \"b\"}, 4, True, \"B\", \"P\", 50)\n").settings();
        assertThat(s.vocab()).containsExactly(StrValue.of("a"), StrValue.of("b"));
        assertThat(s.maxSeqLen()).isEqualTo(4);
        assertThat(s.causal()).isTrue();
        assertThat(s.bos()).isEqualTo("B");
        assertThat(s.pad()).isEqualTo("P");
        assertThat(s.mlpExactness()).isEqualTo(50.0);
        CompileSettings k = ok(HEADER + "m = compiling.compile_rasp_to_model(max_seq_len=3, program=lib.make_hist(), "
                + "vocab=[1, 2])\n").settings();
        assertThat(k.maxSeqLen()).isEqualTo(3);
        // Tracr's own special tokens when the call names none
        assertThat(k.bos()).isEqualTo("compiler_bos");
        assertThat(k.pad()).isEqualTo("compiler_pad");
    }

    @Test
    void theCompiledProgramIsTheCallsFirstArgument() {
        RaspProgram p = ok(HEADER + "a = lib.make_hist()\nb = lib.make_length()\n"
                + "compiling.compile_rasp_to_model(a, vocab={1}, max_seq_len=2)\n");
        assertThat(p.output().name()).isEqualTo("hist");
    }

    @Test
    void applyGivesTheExampleWithoutItsBos() {
        RaspProgram p = ok(HEADER + "m = compiling.compile_rasp_to_model(lib.make_hist(), vocab={1, 2}, max_seq_len=4, "
                + "compiler_bos=\"BOS\")\nout = m.apply([\"BOS\", 2, 1, 2])\nprint(out.decoded)\n");
        assertThat(p.settings().example()).contains(List.of(IntValue.of(2), IntValue.of(1), IntValue.of(2)));
        assertThat(error(HEADER + "m = compiling.compile_rasp_to_model(lib.make_hist(), vocab={1, 2}, max_seq_len=4)\n"
                + "m.apply([\"compiler_bos\", 1, 7])\n")).startsWith("4:9 [[\"compiler_bos\", 1, 7]] VALUE the example "
                + "does not fit");
    }

    @Test
    void whatTheModelComputesIsAPlaceholderWhileTheScriptRuns() {
        RaspProgram p = ok(HEADER + "program = lib.make_hist()\n"
                + "m = compiling.compile_rasp_to_model(program, vocab={1, 2}, max_seq_len=4, compiler_bos=\"BOS\")\n"
                + "out = m.apply([\"BOS\", 2, 1, 2])\n"
                + "assert out.decoded[1:] == [2, 1, 2], 'checked by the workbench, not here'\n"
                + "print(f\"{out.decoded} {m.residual_labels} {program([2, 1])}\")\n"
                + "assert program([1]) == [1]\n");
        assertThat(p.settings().example()).isPresent();
    }

    @Test
    void aSettingsCommentStandsInForTheCall() {
        RaspProgram p = ok("# rasp: vocab={1, 2, 3} max_seq_len=5 compiler_bos=\"BOS\"\n" + HEADER
                + "hist = lib.make_hist()\nsorted_tokens = lib.make_sort_unique(rasp.tokens, rasp.tokens)\n");
        assertThat(p.settings().maxSeqLen()).isEqualTo(5);
        assertThat(p.settings().bos()).isEqualTo("BOS");
        assertThat(p.output().name()).isEqualTo("sort");
        assertThat(error("# rasp: vocab={1, 2} max_seq_len=\"five\"\n" + HEADER + "x = lib.make_hist()\n"))
                .startsWith("1:34 [\"five\"] TYPE max_seq_len must be an int");
    }

    @Test
    void aScriptWithoutCompileCallOrCommentSaysSo() {
        assertThat(error(HEADER + "x = lib.make_hist()\n")).isEqualTo("1:1 [] VALUE the script never calls "
                + "compiling.compile_rasp_to_model(program, vocab=..., max_seq_len=...): add the call, or a comment "
                + "such as '# rasp: vocab={1, 2, 3} max_seq_len=5' with the settings");
    }

    @Test
    void importsOutsideTheSubsetAreRefusedAtTheirText() {
        assertThat(error("import numpy as np\n")).startsWith("1:8 [numpy as np] UNSUPPORTED 'numpy' cannot be imported: "
                + "a .py program here may import tracr.rasp.rasp, tracr.compiler.lib, tracr.compiler.compiling, "
                + "tracr.compiler.assemble, tracr.compiler.validating, math, typing, itertools and functools".replace(" and functools", ", functools"));
        assertThat(error("from tracr.compiler import basis_inference\n")).startsWith("1:28 [basis_inference] UNSUPPORTED");
        assertThat(error("import os.path\n")).startsWith("1:8 [os.path] UNSUPPORTED");
        assertThat(error(HEADER + "x = rasp.Mapp(lambda x: x, rasp.tokens)\n"))
                .startsWith("3:5 [rasp.Mapp] NAME module 'tracr.rasp.rasp' has no attribute 'Mapp' (did you mean 'Map'?)");
    }

    @Test
    void pythonsOwnBuiltinsAndNoRaspOnes() {
        RaspProgram p = ok(HEADER + "import itertools, functools, math\nfrom typing import List\n"
                + "xs: List[int] = list(map(lambda v: v * 2, [1, 2, 3]))\n"
                + "pairs = list(itertools.product([0, 1], repeat=2))\n"
                + "total = functools.reduce(lambda a, b: a + b, xs, 0)\n"
                + "vocab = set(range(1, 4)) | {total}\n"
                + "assert math.floor(2.5) == 2 and len(pairs) == 4 and total == 12, 'python'\n"
                + "n = 0\nwhile n < 3:\n    n += 1\n"
                + "name = f'count_{n:>3}|{total!r}|{1/3:.2f}'\n"
                + "assert name == 'count_  3|12|0.33', name\n"
                + "compiling.compile_rasp_to_model(lib.make_count(rasp.tokens, 1).named(name), vocab, n + 2)\n");
        assertThat(p.output().name()).isEqualTo("count_  3|12|0.33");
        assertThat(p.settings().vocab()).hasSize(4);
        assertThat(error("x = tokens\n")).startsWith("1:5 [tokens] NAME name 'tokens' is not defined");
        assertThat(error(HEADER + "x = rasp.tokens\nassert 1 > 2, f'not {1 + 1}'\n"))
                .isEqualTo("4:1 [assert 1 > 2, f'not {1 + 1}'] VALUE AssertionError: not 2");
    }

    @Test
    void scriptIdioms() {
        RaspProgram p = ok(HEADER + "from typing import List\nfrom tracr.compiler.lib import make_hist\n\n"
                + "def build(parts: List[rasp.SOp]) -> rasp.SOp:\n"
                + "    return make_hist().named(name=\"counts\")\n\n"
                + "if __name__ == \"__main__\":\n"
                + "    out = build([])\n"
                + "    print(out([1, 1]))\n"
                + "    compiling.compile_rasp_to_model(out, vocab={1}, max_seq_len=2)\n");
        assertThat(p.output().name()).isEqualTo("counts");
    }

    @Test
    void namesBuiltWithFormatAndPercent() {
        RaspProgram p = ok(HEADER + "k = 3\n"
                + "a = \"x_%d_%s_%.2f_%%\" % (k, 'b', 0.5)\n"
                + "b = \"y_{}_{k}_{0!r}_{1:>3}\".format('q', 7, k=k)\n"
                + "assert a == 'x_3_b_0.50_%' and b == \"y_q_3_'q'_  7\", a + ' ' + b\n"
                + "out = rasp.Map(lambda t: \"%s!\" % t, rasp.tokens).named(a + b)\n"
                + "compiling.compile_rasp_to_model(out, {1}, 2)\n");
        assertThat(p.output().name()).isEqualTo("x_3_b_0.50_%y_q_3_'q'_  7");
        assertThat(error(HEADER + "a = \"%d %d\" % (1,)\n")).startsWith("3:5 [\"%d %d\" % (1,)] TYPE not enough arguments");
        assertThat(error(HEADER + "a = \"{} {}\".format(1)\n")).contains("VALUE Replacement index 1 out of range");
    }

    @Test
    void keywordOnlyParametersAfterStarArgs() {
        RaspProgram p = ok(HEADER + "def combine(f, *sops, name, simplify=True):\n"
                + "    out = sops[0]\n"
                + "    for s in sops[1:]:\n"
                + "        out = rasp.SequenceMap(f, out, s)\n"
                + "    return rasp.Map(lambda x: x, out, simplify=simplify).named(name)\n"
                + "out = combine(lambda a, b: a + b, rasp.tokens, rasp.indices, rasp.tokens, name=\"sum3\")\n"
                + "compiling.compile_rasp_to_model(out, {1, 2}, 3)\n");
        assertThat(p.output().name()).isEqualTo("sum3");
        assertThat(error(HEADER + "def f(*xs, name):\n    return name\nf(1, 2)\n"))
                .startsWith("5:1 [f(1, 2)] TYPE f() is missing the argument 'name'");
        // in .rasp a *rest still comes last
        assertThat(ProgramRunner.run("def f(*xs, name) { return name; }\n", SurfaceSyntax.RASP).errors())
                .first().satisfies(d -> assertThat(d.message()).isEqualTo("*xs must be the last parameter"));
    }

    @Test
    void starImportsOfTracrsModules() {
        RaspProgram p = ok("from tracr.rasp.rasp import *\nfrom tracr.compiler.lib import *\n"
                + "from tracr.compiler.compiling import *\n"
                + "out = Aggregate(Select(indices, length - indices - 1, Comparison.EQ), make_hist()).named(\"rev\")\n"
                + "compile_rasp_to_model(out, vocab={1, 2}, max_seq_len=3, compiler_bos=COMPILER_BOS)\n");
        assertThat(p.output().name()).isEqualTo("rev");
        assertThat(error("from math import *\n")).startsWith("1:18 [*] UNSUPPORTED 'from math import *' is not supported");
    }

    @Test
    void runtimeErrorsPointAtTheirText() {
        assertThat(error(HEADER + "def f(x):\n    return rasp.Map(x, rasp.tokens)\n\nout = f(3)\n"))
                .startsWith("4:21 [x] TYPE the first argument of map must be a function, not an int");
        assertThat(error(HEADER + "out = rasp.Aggregate(rasp.tokens, rasp.tokens)\n"))
                .startsWith("3:22 [rasp.tokens] TYPE the first argument of aggregate must be a selector");
        assertThat(error(HEADER + "out = rasp.Map(lambda x: x)\n"))
                .startsWith("3:7 [rasp.Map(lambda x: x)] TYPE Map() missing 1 required argument: 'inner'");
        assertThat(error(HEADER + "s = f\"{rasp.tokens}\"\n"))
                .startsWith("3:8 [rasp.tokens] TYPE an f-string cannot show an S-op");
        assertThat(error(HEADER + "while True:\n    pass\n")).contains("LIMIT the program ran for more than");
        assertThat(error(HEADER + "raise ValueError('bad input')\n"))
                .isEqualTo("3:1 [raise ValueError('bad input')] VALUE ValueError: bad input");
    }

    @Test
    void errorsInsideTheLibraryPointAtTheUsersCall() {
        assertThat(error(HEADER + "x = lib.detect_pattern(rasp.tokens, \"\")\n"))
                .isEqualTo("3:5 [lib.detect_pattern(rasp.tokens, \"\")] VALUE in detect_pattern(): ValueError: Length of `pattern` "
                        + "must be at least 1. Got ");
        RaspProgram p = ok(HEADER + "\n\nhist = lib.make_hist()\ncompiling.compile_rasp_to_model(hist, {1, 2}, 3)\n");
        // what the library built is placed at the user's call of it
        assertThat(p.output().range().start().line()).isEqualTo(5);
        assertThat(p.output().range().start().column()).isEqualTo(8);
        assertThat(p.nodes()).as("importing the library adds nothing to the graph")
                .extracting(n -> n.name()).containsExactly("tokens", "indices", "same_tok", "hist");
    }

    @Test
    void syntaxErrorsInPythonsTermsAtTheirText() {
        assertThat(error(HEADER + "def f(x)\n    return x\n")).isEqualTo("3:9 [] SYNTAX expected ':'");
        assertThat(error(HEADER + "class Thing:\n    pass\n")).startsWith("3:1 [class Thing:] UNSUPPORTED classes");
        assertThat(error(HEADER + "xs = [1]\nxs[0] = rasp.tokens\n")).startsWith("4:1 [xs[0]] UNSUPPORTED");
        assertThat(run(HEADER + "x = 1 +\n").errors().get(0).kind()).isEqualTo(ErrorKind.SYNTAX);
    }
}
