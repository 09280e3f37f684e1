package org.raspworkbench.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.eval;
import static org.raspworkbench.core.program.Programs.hostError;
import static org.raspworkbench.core.program.Programs.ints;
import static org.raspworkbench.core.program.Programs.names;
import static org.raspworkbench.core.program.Programs.node;
import static org.raspworkbench.core.program.Programs.program;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.Value;

/** What Tracr programs use that the language lacked: names, map(simplify=False), linear_sequence_map, methods, math. */
class TracrLanguageGapsTest {
    @Test
    void namedGivesAnyStringAndWinsOverTheAssignment() {
        RaspProgram p = program(HEADER + "k = 2;\nx = named(tokens + 1, \"shift_\" + str(k));\n"
                + "y = (tokens * 2).named(\"doubled value\");\nz = y;\n");
        assertThat(names(p)).contains("shift_2", "doubled value").doesNotContain("x", "z");
        RaspProgram twice = program(HEADER + "a = named(tokens + 1, \"v\");\nb = named(tokens + 2, \"v\");\n"
                + "c = a + b;\n");
        assertThat(names(twice)).contains("v", "v_2");
    }

    @Test
    void namedRefusesTokensAndNonStrings() {
        assertThat(error(HEADER + "x = named(tokens, \"t\");\n").kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(error(HEADER + "x = named(tokens + 1, 3);\n").kind()).isEqualTo(ErrorKind.TYPE);
    }

    @Test
    void mapWithoutSimplifyKeepsTwoMaps() {
        RaspProgram fused = program(HEADER + "a = map(lambda x: x + 1, tokens);\nb = map(lambda x: x * 2, a);\n");
        assertThat(((MapOp) node(fused, "b")).inner().name()).isEqualTo("tokens");
        RaspProgram kept = program(HEADER + "a = map(lambda x: x + 1, tokens);\n"
                + "b = map(lambda x: x * 2, a, simplify=False);\n");
        assertThat(((MapOp) node(kept, "b")).inner().name()).isEqualTo("a");
        assertThat(eval(kept, ints(1, 2))).extracting(Value::repr).containsExactly("4", "6");
        RaspProgram positional = program(HEADER + "a = map(lambda x: x + 1, tokens);\n"
                + "b = map(lambda x: x * 2, a, False);\n");
        assertThat(((MapOp) node(positional, "b")).inner().name()).isEqualTo("a");
        assertThat(error(HEADER + "b = map(lambda x: x, tokens, simplify=1);\n").kind()).isEqualTo(ErrorKind.TYPE);
        Compilation c = Compiler.compile(HEADER + "a = map(lambda x: x + 1, tokens);\n"
                + "b = map(lambda x: x * 2, a, simplify=False);\n");
        assertThat(c.model().orElseThrow().config().layers()).isEqualTo(2);
    }

    @Test
    void linearSequenceMapTakesGeneralCoefficientsAndIsCategoricalUntilAnnotated() {
        String body = "n = numerical(map(lambda t: t, tokens));\nm = numerical(map(lambda t: t * 2, tokens));\n";
        RaspProgram p = program(HEADER + body + "l = numerical(linear_sequence_map(n, m, 0.5, -3));\n");
        LinearSequenceMapOp l = (LinearSequenceMapOp) p.nodes().stream()
                .filter(e -> e instanceof LinearSequenceMapOp).findFirst().orElseThrow();
        assertThat(eval(p, ints(1, 2))).extracting(Value::repr).containsExactly("-5.5", "-11.0");
        assertThat(l.first().name()).isEqualTo("n");
        Compilation c = Compiler.compile(HEADER + body + "l = numerical(linear_sequence_map(n, m, 0.5, -3));\n");
        assertThat(c.hasErrors()).as(c.diagnostics().toString()).isFalse();
        Compilation bare = Compiler.compile(HEADER + body + "l = linear_sequence_map(n, m, 0.5, -3);\n");
        assertThat(bare.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("categorical"));
    }

    @Test
    void methodsThatWouldChangeAValueSayWhatToWrite() {
        var d = hostError("xs = {1: 2};\nxs.update({3: 4});\n");
        assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
        assertThat(d.message()).contains("a new dict or set from a comprehension");
        assertThat(at(d)).isEqualTo("2:1-2:10");
    }

    @Test
    void mathErrorsAreTheOnesPythonRaises() {
        var domain = hostError("x = math.log(0);\n");
        assertThat(domain.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(domain.message()).isEqualTo("math domain error");
        assertThat(at(domain)).isEqualTo("1:5-1:16");
        assertThat(hostError("x = math.lg(1);\n").message()).isEqualTo("module 'math' has no attribute 'lg'");
        assertThat(hostError("x = \"a\".shout();\n").message()).isEqualTo("'str' object has no attribute 'shout'");
    }

    @Test
    void mathAndMethodsWorkInsideMapsAndAsMapFunctions() {
        RaspProgram p = program(HEADER + "x = numerical(map(math.sqrt, tokens));\n");
        assertThat(eval(p, ints(1, 4))).extracting(Value::repr).containsExactly("1.0", "2.0");
        RaspProgram s = program("set vocab \"aB\";\nset max_seq_len 3;\nx = map(lambda t: t.upper() + \"!\", tokens);\n");
        assertThat(eval(s, Programs.chars("aB"))).extracting(Value::repr).containsExactly("'A!'", "'B!'");
    }

    @Test
    void anSopCalledIndicesInsideAFunctionIsJustALocal() {
        RaspProgram p = program(HEADER + "def shifted(indices) { indices = indices + 1; return indices; }\n"
                + "def pick(tokens, indices) { return aggregate(select(indices, indices, ==), tokens); }\n"
                + "y = pick(tokens, shifted(indices));\n");
        assertThat(eval(p, ints(3, 1, 2))).extracting(Value::repr).containsExactly("3", "1", "2");
        RaspProgram named = program(HEADER + "x = named(tokens + 1, \"indices\");\ny = x + indices;\n");
        assertThat(names(named)).contains("indices", "indices_2", "y");
    }

    @Test
    void listMethodsChangeTheListInPlaceAsInPython() {
        assertThat(Programs.value("xs = [1];\nys = xs;\nxs.append(2);\nxs.extend((3, 4));\nxs.insert(-1, 9);\n"
                + "p = xs.pop(0);\nxs.remove(9);\nx = (ys, p, xs.pop());\n").repr()).isEqualTo("([2, 3], 1, 4)");
        assertThat(Programs.value("def add(v, acc=[]) { acc.append(v); return acc; }\nadd(1);\nx = add(2);\n")
                .repr()).isEqualTo("[1, 2]"); // Python's shared default list
        assertThat(Programs.value("xs = [1, 2];\nfor v in xs { xs.append(v); }\nx = xs;\n").repr())
                .isEqualTo("[1, 2, 1, 2]");
        assertThat(hostError("xs = [];\nxs.pop();\n").message()).isEqualTo("pop from empty list");
        assertThat(hostError("xs = [1];\nxs.remove(2);\n").message()).isEqualTo("list.remove(x): x not in list");
    }
}
