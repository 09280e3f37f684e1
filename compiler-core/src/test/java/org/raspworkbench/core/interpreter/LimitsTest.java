package org.raspworkbench.core.interpreter;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.error;

/** Runaway programs end with a limit error instead of hanging or crashing. */
class LimitsTest {
    @Test
    void endlessLoopOverAHugeRange() {
        Diagnostic d = error(HEADER + "n = 0;\nfor i in range(10 ** 9) { n = n + 1; }");
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).contains("steps");
    }

    @Test
    void deepRecursion() {
        Diagnostic d = error(HEADER + "def f(n) { return f(n + 1); }\nx = f(0);");
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).isEqualTo("calls are nested more than 1000 deep; does a recursion never end?");
        assertThat(at(d)).isEqualTo("3:19-3:27");
    }

    @Test
    void recursionOfNineHundredCallsIsFine() {
        Programs.program(HEADER + "def f(n) { return 0 if n == 0 else 1 + f(n - 1); }\nk = f(900);\noutput tokens;");
    }

    @Test
    void hugeCollections() {
        assertThat(error(HEADER + "xs = list(range(10 ** 9));").kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(error(HEADER + "xs = [0] * (10 ** 8);").kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(error(HEADER + "s = 'ab' * (10 ** 8);").kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(error(HEADER + "xs = [i for i in range(10 ** 7)];").kind()).isEqualTo(ErrorKind.LIMIT);
        Diagnostic doubling = error(HEADER + "xs = [1];\nfor i in range(40) { xs = xs + xs; }");
        assertThat(doubling.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(error("set vocab range(10 ** 7);\nset max_seq_len 3;\noutput tokens;").kind())
                .isEqualTo(ErrorKind.LIMIT);
    }

    @Test
    void tooManySops() {
        Diagnostic d = error(HEADER + "x = tokens;\nfor i in range(100000) { x = x + indices; }");
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).contains("S-ops and selectors");
    }

    @Test
    void deeplyNestedExpressions() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        assertThat(error(HEADER + "x = " + deep + ";").kind()).isEqualTo(ErrorKind.LIMIT);
    }

    @Test
    void runawayFunctionInsideAMapEndsWithALimitAtEvaluation() {
        RaspProgram p = Programs.program(HEADER + "def spin(v) { n = 0; for i in range(10 ** 9) { n = n + 1; } "
                + "return n; }\ndef down(v) { return down(v + 1); }\na = map(spin, tokens);\nb = map(down, tokens);\n"
                + "output a;");
        Evaluation e = Evaluator.evaluate(p, Programs.ints(1));
        assertThat(e.diagnostics()).hasSize(2);
        assertThat(e.diagnostics()).allMatch(d -> d.kind() == ErrorKind.LIMIT);
    }
}
