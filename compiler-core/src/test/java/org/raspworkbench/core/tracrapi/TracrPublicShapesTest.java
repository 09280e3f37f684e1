package org.raspworkbench.core.tracrapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/**
 * Shapes of public Tracr programs (benchmark suites, tutorials) that broke when opened as they are:
 * our own small programs written in the same style, each checked against what Tracr does with it.
 */
class TracrPublicShapesTest {
    private static final String HEADER = "from tracr.rasp import rasp\nfrom tracr.compiler import compiling\n";

    private static String script(String body, String vocab, int maxSeqLen) {
        return HEADER + body + "\nmodel = compiling.compile_rasp_to_model(out, vocab=" + vocab + ", max_seq_len="
                + maxSeqLen + ", compiler_bos=\"BOS\")\n";
    }

    private static Compilation compile(String script) {
        return Compiler.compile(script, SurfaceSyntax.PYTHON);
    }

    private static List<Diagnostic> errors(Compilation c) {
        return c.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    /** A filler S-op beside the tokens, as a benchmark writes a constant: Tracr evaluates it but cannot compile it. */
    @Test
    void fullEvaluatesButIsRefusedByTheCompilerAsTracrRefusesIt() {
        String s = script("def sandwich(sop, filler):\n"
                + "    fill = rasp.Full(filler)\n"
                + "    return rasp.SequenceMap(lambda x, y: (x, y), sop, fill)\n"
                + "out = sandwich(rasp.tokens, \"-\")", "{\"a\", \"b\"}", 3);
        RaspProgram p = ProgramRunner.run(s, SurfaceSyntax.PYTHON).program().orElseThrow();
        assertThat(TracrApiTest.eval(p, "\"ab\"")).isEqualTo("('a', '-') ('b', '-')");
        List<Diagnostic> e = errors(compile(s));
        assertThat(e).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
            assertThat(d.message()).contains("rasp.Full").contains("cannot be translated to a model component")
                    .contains("rasp.Map(lambda x: '-', rasp.tokens)");
            assertThat(d.range().start().line()).isEqualTo(4);
            assertThat(d.range().start().column()).isEqualTo(12);
        });
    }

    /** A map of a constant stays a map of the constant (Tracr fuses only maps of maps), so it is still refused. */
    @Test
    void aMapOfFullIsStillRefused() {
        String s = script("out = rasp.Map(lambda x: x + 1, rasp.Full(1))", "{1, 2}", 3);
        RaspProgram p = ProgramRunner.run(s, SurfaceSyntax.PYTHON).program().orElseThrow();
        assertThat(TracrApiTest.eval(p, "[1, 2]")).isEqualTo("2 2");
        assertThat(errors(compile(s))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("rasp.Full"));
    }

    @Test
    void constantSopEvaluatesPerPositionAndChecksItsLength() {
        String s = script("out = rasp.SequenceMap(lambda x, y: x + y, rasp.tokens, rasp.ConstantSOp([10, 20, 30]))",
                "{1, 2}", 3);
        RaspProgram p = ProgramRunner.run(s, SurfaceSyntax.PYTHON).program().orElseThrow();
        assertThat(TracrApiTest.eval(p, "[1, 2, 1]")).isEqualTo("11 22 31");
        assertThat(errors(compile(s))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("rasp.ConstantSOp")
                        .contains("Unsupported S-Op").contains("rasp.Map of rasp.indices"));
    }

    /** InterpBench's cases import Tracr's library functions from their own copy of it. */
    @Test
    void aCopyOfTracrsLibraryIsRefusedWithTheImportToWriteInstead() {
        List<Diagnostic> e = ProgramRunner.run(HEADER + "from benchmark.common_programs import make_length, shift_by\n"
                + "out = shift_by(1, rasp.tokens)\n", SurfaceSyntax.PYTHON).errors();
        assertThat(e).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
            assertThat(d.message()).contains("'benchmark.common_programs' cannot be imported")
                    .contains("from tracr.compiler.lib import make_length, shift_by");
            assertThat(d.range().start().line()).isEqualTo(3);
        });
        List<Diagnostic> other = ProgramRunner.run(HEADER + "from benchmark.common_programs import make_hist, make_thing\n"
                + "out = rasp.tokens\n", SurfaceSyntax.PYTHON).errors();
        assertThat(other).singleElement().satisfies(d -> assertThat(d.message())
                .contains("write 'from tracr.compiler.lib import make_hist'")
                .contains("make_thing is not in Tracr's library").contains("copy the definitions into this file"));
        List<Diagnostic> own = ProgramRunner.run(HEADER + "from benchmark.common_programs import make_unique\n"
                + "out = rasp.tokens\n", SurfaceSyntax.PYTHON).errors();
        assertThat(own).singleElement().satisfies(d -> assertThat(d.message())
                .contains("copy the definition of make_unique into this file"));
        List<Diagnostic> numpy = ProgramRunner.run(HEADER + "from numpy import array\n", SurfaceSyntax.PYTHON).errors();
        assertThat(numpy).singleElement().satisfies(d -> assertThat(d.message()).doesNotContain("copy"));
    }

    /** A tutorial's shape: the model annotated with Tracr's class for it, compiled through the package. */
    @Test
    void theModelsTypeFromTracrsAssembleModuleIsAnAnnotation() {
        String s = "from tracr import compiler\n"
                + "from tracr.rasp import rasp\n"
                + "from tracr.compiler.assemble import AssembledTransformerModel\n"
                + "from tracr.compiler.lib import make_frac_prevs\n"
                + "m: AssembledTransformerModel = (\n"
                + "    compiler.compiling.compile_rasp_to_model(\n"
                + "        make_frac_prevs(rasp.tokens == \"a\"), vocab={\"a\", \"b\"}, max_seq_len=4,\n"
                + "        compiler_bos=\"BOS\"))\n";
        Compilation c = compile(s);
        assertThat(errors(c)).isEmpty();
        assertThat(c.program().orElseThrow().output().name()).isEqualTo("frac_prevs");
        List<Diagnostic> e = ProgramRunner.run("from tracr.compiler.assemble import assemble_craft_model\n",
                SurfaceSyntax.PYTHON).errors();
        assertThat(e).singleElement().satisfies(d -> assertThat(d.message())
                .contains("tracr.compiler.assemble").contains("AssembledTransformerModel"));
    }

    /**
     * Benchmarks divide by {@code rasp.LengthType()} or {@code rasp.length}, which Tracr evaluates but its
     * basis inference refuses ("Unsupported S-Op"): we compile make_length() in its place and say so.
     */
    @Test
    void tracrsLengthPrimitiveCompilesAsMakeLengthWithANote() {
        String s = script("from tracr.compiler.lib import make_hist\n"
                + "n = rasp.LengthType()\n"
                + "out = rasp.SequenceMap(lambda f, t: \"many\" if f > t / 2 else \"few\", make_hist(), n)",
                "{\"a\", \"b\"}", 4);
        Compilation c = compile(s);
        assertThat(errors(c)).isEmpty();
        RaspProgram p = c.program().orElseThrow();
        assertThat(TracrApiTest.eval(p, "\"aab\"")).isEqualTo("'many' 'many' 'few'");
        assertThat(TracrApiTest.node(p, "length")).isNotNull();
        List<Diagnostic> notes = c.diagnostics().stream().filter(d -> !d.isError()).toList();
        assertThat(notes).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("Unsupported S-Op").contains("make_length()");
            assertThat(d.range().start().line()).isEqualTo(4);
            assertThat(d.range().start().column()).isEqualTo(5);
        });
        Compilation viaName = compile(script("out = rasp.numerical(rasp.Map(lambda x: 1 / x, rasp.length))", "{1}", 3));
        assertThat(errors(viaName)).isEmpty();
        assertThat(viaName.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("rasp.length"));
        // Tracr's own make_length() compiles under Tracr, though our lib.py builds it from rasp.length
        Compilation viaLib = compile(script("from tracr.compiler import lib\n"
                + "out = rasp.SequenceMap(lambda x, n: x < n, rasp.indices, lib.make_length())", "{1}", 3));
        assertThat(viaLib.diagnostics()).isEmpty();
    }

    /** Helpers written the way Python users write them: a loop that skips and stops. */
    @Test
    void breakAndContinueWorkInLoopsOfTheProgramAndOfItsFunctions() {
        String s = script("def first_vowel(word):\n"
                + "    found = None\n"
                + "    for c in word:\n"
                + "        if c not in 'aeiou':\n"
                + "            continue\n"
                + "        found = c\n"
                + "        break\n"
                + "    return found\n"
                + "shifts = []\n"
                + "k = 0\n"
                + "while True:\n"
                + "    k += 1\n"
                + "    if k == 2:\n"
                + "        continue\n"
                + "    if k > 3:\n"
                + "        break\n"
                + "    shifts.append(k)\n"
                + "assert shifts == [1, 3], shifts\n"
                + "out = rasp.Map(first_vowel, rasp.tokens)", "{\"tree\", \"sky\", \"bao\"}", 3);
        Compilation c = compile(s);
        assertThat(errors(c)).isEmpty();
        assertThat(TracrApiTest.eval(c.program().orElseThrow(), "[\"tree\", \"sky\", \"bao\"]"))
                .isEqualTo("'e' None 'a'");
        List<Diagnostic> outside = ProgramRunner.run(HEADER + "def f():\n    break\n", SurfaceSyntax.PYTHON).errors();
        assertThat(outside).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ErrorKind.SYNTAX);
            assertThat(d.message()).isEqualTo("'break' outside loop");
            assertThat(d.range().start().line()).isEqualTo(4);
        });
    }

    /** Notebooks alias Tracr's types and import its names straight from the rasp module. */
    @Test
    void typeAliasesAndNamesImportedFromTheRaspModule() {
        String s = "from typing import Union, TypeVar, List, Tuple, cast\n"
                + "from tracr.rasp import rasp\n"
                + "from tracr.compiler import compiling\n"
                + "from tracr.rasp.rasp import Map, Select, Aggregate, Comparison, indices, tokens\n"
                + "SOp = rasp.SOp\n"
                + "NumericValue = Union[int, float]\n"
                + "Pairs = List[Tuple[int, int]]\n"
                + "T = TypeVar(\"T\")\n"
                + "def flip(sop: SOp) -> SOp:\n"
                + "    return Aggregate(Select(indices, indices, Comparison.EQ), sop)\n"
                + "out = cast(SOp, flip(Map(lambda t: t + 1, tokens)))\n"
                + "compiling.compile_rasp_to_model(out, vocab={1, 2}, max_seq_len=3)\n";
        Compilation c = compile(s);
        assertThat(errors(c)).isEmpty();
        assertThat(TracrApiTest.eval(c.program().orElseThrow(), "[1, 2]")).isEqualTo("2 3");
    }

    /**
     * A tutorial compiles a part and then the whole, and runs both models: the first call is the
     * program (Tracr runs them all), each later one a note at its text, and their apply calls give
     * no example.
     */
    @Test
    void aScriptThatCompilesTwoProgramsShowsTheFirstAndSaysSo() {
        String s = HEADER
                + "ones = rasp.SelectorWidth(rasp.Select(rasp.tokens, rasp.tokens, lambda k, q: k == 1))\n"
                + "parity = rasp.Map(lambda x: x % 2, ones)\n"
                + "m_ones = compiling.compile_rasp_to_model(ones, vocab={0, 1}, max_seq_len=4, compiler_bos=\"BOS\")\n"
                + "m_parity = compiling.compile_rasp_to_model(parity, vocab={0, 1}, max_seq_len=5,\n"
                + "                                           compiler_bos=\"BOS\")\n"
                + "print(m_parity.apply([\"BOS\", 1, 1, 0]).decoded)\n"
                + "print(m_ones.apply([\"BOS\", 1, 0]).decoded)\n";
        Compilation c = compile(s);
        assertThat(errors(c)).isEmpty();
        RaspProgram p = c.program().orElseThrow();
        assertThat(p.output().name()).isEqualTo("selector_width");
        assertThat(p.settings().maxSeqLen()).isEqualTo(4);
        assertThat(p.settings().example().orElseThrow().toString()).isEqualTo("[1, 0]");
        assertThat(c.diagnostics()).filteredOn(d -> !d.isError()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("compiles more than one program").contains("line 5");
            assertThat(d.range().start().line()).isEqualTo(6);
        });
        List<Diagnostic> notAnSop = ProgramRunner.run(HEADER + "compiling.compile_rasp_to_model(rasp.tokens, {1}, 2)\n"
                + "compiling.compile_rasp_to_model(3, {1}, 2)\n", SurfaceSyntax.PYTHON).errors();
        assertThat(notAnSop).singleElement().satisfies(d -> assertThat(d.message()).contains("not an int"));
    }

    /** Written in .rasp, a Full is the map Tracr would compile, not a table of its results. */
    @Test
    void fullConvertsToTheConstantMap() {
        String s = script("out = rasp.SequenceMap(lambda x, y: (x, y), rasp.tokens, rasp.Full(\"-\"))",
                "{\"a\", \"b\"}", 3);
        org.raspworkbench.core.convert.Conversion c = org.raspworkbench.core.convert.ProgramConverter.convert(s,
                "full.py", org.raspworkbench.core.convert.ConvertTarget.RASP);
        assertThat(c.text().orElseThrow()).contains("map(lambda x: '-', tokens)");
    }

    /** Notebooks check a program with Tracr's evaluator before compiling it. */
    @Test
    void raspEvaluateStandsForTheValuesAsCallingTheSopDoes() {
        String s = script("prog = rasp.Map(lambda x: x + 1, rasp.tokens).named(\"inc\")\n"
                + "print(rasp.evaluate(prog, [1, 2]))\n"
                + "assert rasp.evaluate(prog, [1, 2]) == [2, 3]\n"
                + "print(prog.label, prog.name, prog.unique_id)\n"
                + "assert prog.unique_id > rasp.tokens.unique_id\n"
                + "out = prog", "{1, 2}", 3);
        Compilation c = compile(s);
        assertThat(errors(c)).isEmpty();
        List<Diagnostic> e = ProgramRunner.run(HEADER + "rasp.evaluate(3, [1])\n", SurfaceSyntax.PYTHON).errors();
        assertThat(e).singleElement().satisfies(d -> assertThat(d.message()).contains("evaluate() takes an S-op"));
    }

    /** Program generators check each program with Tracr's validator before compiling it. */
    @Test
    void tracrsValidatorIsAPlaceholderForTheCompilersOwnChecks() {
        String s = "from tracr.rasp import rasp\n"
                + "from tracr.compiler.validating import validate\n"
                + "from tracr.compiler import compiling, validating\n"
                + "out = rasp.Map(lambda x: x + 1, rasp.tokens)\n"
                + "problems = validate(out)\n"
                + "print(problems, validating.validate(out, [[1, 2]]))\n"
                + "compiling.compile_rasp_to_model(out, vocab={1, 2}, max_seq_len=3)\n";
        assertThat(errors(compile(s))).isEmpty();
        List<Diagnostic> e = ProgramRunner.run("from tracr.compiler.validating import DynamicValidationEvaluator\n",
                SurfaceSyntax.PYTHON).errors();
        assertThat(e).singleElement().satisfies(d -> assertThat(d.message()).contains("validate"));
    }
}
