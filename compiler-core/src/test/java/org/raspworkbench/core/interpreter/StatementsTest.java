package org.raspworkbench.core.interpreter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.errors;
import static org.raspworkbench.core.program.Programs.hostError;
import static org.raspworkbench.core.program.Programs.program;
import static org.raspworkbench.core.program.Programs.value;

/** The Statements table: assignments, output, def/return, for, scope, expression statements. */
class StatementsTest {
    @Test
    void commentsAndStringsWithEscapes() {
        assertThat(value("# a comment\nx = 'a\\n' + \"b\\\"\" + '\\'' + '\\t\\\\'; # trailing").repr())
                .isEqualTo("'a\\nb\"\\'\\t\\\\'");
    }

    @Test
    void outputStatementChoosesTheOutput() {
        assertThat(program(HEADER + "a = tokens + 1;\noutput tokens;\nb = tokens + 2;").output().name())
                .isEqualTo("tokens");
    }

    @Test
    void withoutOutputTheLastSopAssignedAtTopLevelIsTheOutput() {
        assertThat(program(HEADER + "a = tokens + 1;\nb = tokens + 2;\nn = 3;\ns = select(a, a, ==);").output().name())
                .isEqualTo("b");
        assertThat(program(HEADER + "def f() { z = tokens + 5; return z; }\na = tokens + 1;\nf();").output().name())
                .isEqualTo("a");
        Diagnostic none = error(HEADER + "n = 3;");
        assertThat(none.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(none.message()).startsWith("the program computes no S-op");
        Diagnostic notSop = error(HEADER + "output select(tokens, tokens, ==);");
        assertThat(notSop.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(notSop.message()).isEqualTo("the output must be an S-op, not a selector");
        assertThat(at(notSop)).isEqualTo("3:8-3:34");
    }

    @Test
    void functionsReturnAndDefaultToNone() {
        assertThat(value("def f(a, b=10) { if a > 0 { return a + b; } return -1; }\nx = (f(1), f(-1), f(1, b=2));")
                .repr()).isEqualTo("(11, -1, 3)");
        assertThat(value("def f() { y = 1; }\nx = f();").repr()).isEqualTo("None");
        assertThat(value("def f(n) { return 1 if n == 0 else n * f(n - 1); }\nx = f(10);").repr()).isEqualTo("3628800");
    }

    @Test
    void forLoopsOverListsStringsRangesAndDictKeys() {
        assertThat(value("x = [];\nfor c in 'ab' { x = x + [c]; }\nfor i in range(2) { x = x + [i]; }\n"
                + "for k in {'k': 1} { x = x + [k]; }\nfor i, v in enumerate([7]) { x = x + [(i, v)]; }").repr())
                .isEqualTo("['a', 'b', 0, 1, 'k', (0, 7)]");
    }

    @Test
    void starArgumentsAndVariadicParameters() {
        assertThat(value("def f(a, *rest) { return (a, rest); }\nx = (f(1), f(1, 2, 3), f(*[4, 5]));").repr())
                .isEqualTo("((1, ()), (1, (2, 3)), (4, (5,)))");
        assertThat(value("x = max(*[3, 9, 2]);").repr()).isEqualTo("9");
        assertThat(Programs.errors("def f(*a, b) { return b; }").get(0).message()).isEqualTo("*a must be the last parameter");
    }

    @Test
    void returnInsideALoopEndsTheFunction() {
        assertThat(value("def first(xs) { for v in xs { if v > 1 { return v; } } return None; }\nx = first([1, 5, 9]);")
                .repr()).isEqualTo("5");
    }

    @Test
    void scopesFollowPython() {
        assertThat(value("n = 1;\ndef f() { return n + 1; }\nx = f();").repr()).isEqualTo("2");
        assertThat(value("n = 1;\ndef f() { n = 5; return n; }\nx = (f(), n);").repr()).isEqualTo("(5, 1)");
        assertThat(value("def outer() { k = 3; def inner() { return k * 2; } return inner(); }\nx = outer();").repr())
                .isEqualTo("6");
        assertThat(value("for i in range(3) { }\nx = i;").repr()).isEqualTo("2");
        assertThat(value("def f() { for j in [4] { } return j; }\nx = f();").repr()).isEqualTo("4");
        assertThat(value("x = [v for v in range(2)];\nv = 9;\nx = (x, v);").repr()).isEqualTo("([0, 1], 9)");
        Diagnostic d = hostError("n = 1;\ndef f() { y = n; n = 2; return y; }\nx = f();");
        assertThat(d.kind()).isEqualTo(ErrorKind.NAME);
        assertThat(d.message()).isEqualTo("local variable 'n' is used before it is assigned");
        assertThat(at(d)).isEqualTo("2:15-2:16");
    }

    @Test
    void closuresSeeLaterAssignmentsLikePython() {
        assertThat(value("k = 1;\ndef f() { return k; }\nk = 2;\nx = f();").repr()).isEqualTo("2");
        assertThat(value("fs = [lambda: i for i in range(3)];\nx = [g() for g in fs];").repr()).isEqualTo("[2, 2, 2]");
    }

    @Test
    void ifStatementWithElseIf() {
        assertThat(value("def sign(v) { if v > 0 { return 1; } else if v < 0 { return -1; } else { return 0; } }\n"
                + "x = [sign(3), sign(-2), sign(0)];").repr()).isEqualTo("[1, -1, 0]");
    }

    @Test
    void expressionStatementsAreEvaluatedForTheirErrors() {
        Diagnostic d = error(HEADER + "x = tokens + 1;\n1 / 0;");
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(at(d)).isEqualTo("4:1-4:6");
    }

    @Test
    void shapeRulesAreReportedTogether() {
        List<Diagnostic> ds = errors("set vocab [1];\nset max_seq_len 2;\nset vocab [2];\nset vocabb 3;\n"
                + "def f() { set causal True; output tokens; }\nreturn 1;\noutput tokens;\noutput indices;\n"
                + "def g(a, a) { return a; }\nz = g(a=1, 2);");
        assertThat(ds).extracting(Diagnostic::message).containsExactly(
                "vocab is set more than once",
                "unknown setting 'vocabb' (did you mean 'vocab'?); the settings are vocab, max_seq_len, example, causal,"
                        + " bos, pad, mlp_exactness",
                "set is only allowed at the top level of the program",
                "output is only allowed at the top level of the program",
                "return is only allowed inside a def",
                "the program already has an output statement (line 7)",
                "the parameter 'a' appears twice",
                "a positional argument cannot follow a keyword argument");
        assertThat(ds).extracting(Diagnostic::kind).containsExactly(ErrorKind.SYNTAX, ErrorKind.NAME, ErrorKind.SYNTAX,
                ErrorKind.SYNTAX, ErrorKind.SYNTAX, ErrorKind.SYNTAX, ErrorKind.SYNTAX, ErrorKind.SYNTAX);
        assertThat(at(ds.get(1))).isEqualTo("4:5-4:11");
    }

    @Test
    void sopsCannotDecideAnIfOrBeLoopedOver() {
        Diagnostic d = error(HEADER + "if tokens == 1 { x = 1; }");
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).startsWith("an S-op has a value at each position, so it cannot decide an 'if'");
        assertThat(at(d)).isEqualTo("3:4-3:15");
        Diagnostic loop = error(HEADER + "for t in tokens { }");
        assertThat(loop.message()).startsWith("an S-op cannot be looped over");
        assertThat(at(loop)).isEqualTo("3:10-3:16");
        Diagnostic len = error(HEADER + "n = len(tokens);");
        assertThat(len.message()).startsWith("len() cannot take an S-op");
        assertThat(at(len)).isEqualTo("3:9-3:15");
        Diagnostic idx = error(HEADER + "n = tokens[0];");
        assertThat(idx.message()).startsWith("an S-op cannot be indexed");
    }

    @Test
    void methodsThatChangeAValueAreUnsupported() {
        Diagnostic d = hostError("xs = {1};\nxs.add(2);");
        assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
        assertThat(d.message()).startsWith(".add() would change the set, and only lists change in place");
        assertThat(at(d)).isEqualTo("2:1-2:7");
    }

    @Test
    void callsCheckArguments() {
        assertThat(hostError("def f(a) { return a; }\nx = f(1, 2);").message())
                .isEqualTo("f() takes 1 argument but 2 were given");
        assertThat(hostError("def f(a) { return a; }\nx = f();").message())
                .isEqualTo("f() is missing the argument 'a'");
        assertThat(hostError("def f(a) { return a; }\nx = f(b=1);").message())
                .isEqualTo("f() got an unexpected keyword argument 'b'");
        assertThat(hostError("x = 3(1);").message()).isEqualTo("'int' object is not callable");
        assertThat(hostError("x = len([1], key=2);").message()).isEqualTo("len() takes no keyword arguments");
        Diagnostic undefined = hostError("value = 1;\nx = valeu + 1;");
        assertThat(undefined.kind()).isEqualTo(ErrorKind.NAME);
        assertThat(undefined.message()).isEqualTo("name 'valeu' is not defined (did you mean 'value'?)");
        assertThat(at(undefined)).isEqualTo("2:5-2:10");
    }
}
