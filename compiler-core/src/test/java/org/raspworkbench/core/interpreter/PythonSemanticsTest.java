package org.raspworkbench.core.interpreter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.at;
import static org.raspworkbench.core.program.Programs.hostError;
import static org.raspworkbench.core.program.Programs.value;

/** Host values behave as in Python: each expression's value prints as CPython's repr of it. */
class PythonSemanticsTest {
    @TestFactory
    Stream<DynamicTest> expressionsEvaluateAsInPython() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/python-expressions.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
        assertThat(lines).hasSizeGreaterThan(100);
        return lines.stream().map(line -> {
            String[] parts = line.split("\t", 2);
            return DynamicTest.dynamicTest(parts[0], () ->
                    assertThat(value("x = " + parts[0] + ";").repr()).isEqualTo(parts[1]));
        });
    }

    @Test
    void divisionByZeroIsAnArithmeticValueError() {
        Diagnostic d = hostError("y = 1;\nx = y / 0;");
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(d.message()).isEqualTo("division by zero");
        assertThat(at(d)).isEqualTo("2:5-2:10");
        try {
            Programs.host("x = 1 // 0;");
        } catch (RaspException e) {
            assertThat(e).isInstanceOf(ArithmeticFailure.class);
        }
    }

    @Test
    void comparingUnorderableValuesIsATypeError() {
        Diagnostic d = hostError("x = 1 < 'a';");
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).isEqualTo("'<' not supported between instances of 'int' and 'str'");
        assertThat(at(d)).isEqualTo("1:5-1:12");
        assertThat(hostError("x = None < 1;").kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(hostError("x = [1] + (2,);").message())
                .isEqualTo("unsupported operand type(s) for +: 'list' and 'tuple'");
    }

    @Test
    void intsBeyond64BitsAreALimit() {
        Diagnostic d = hostError("x = 2 ** 64;");
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        Diagnostic literal = Programs.error("x = 99999999999999999999;");
        assertThat(literal.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(at(literal)).isEqualTo("1:5-1:25");
        assertThat(value("x = 2 ** 62;").repr()).isEqualTo("4611686018427387904");
    }

    @Test
    void indexErrorsAndKeyErrorsAreValueErrors() {
        Diagnostic d = hostError("xs = [1, 2];\nx = xs[2];");
        assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
        assertThat(d.message()).isEqualTo("list index out of range");
        assertThat(at(d)).isEqualTo("2:5-2:10");
        assertThat(hostError("x = {1: 2}[3];").message()).isEqualTo("the key 3 is not in the dict");
        assertThat(hostError("x = [1][1.0];").kind()).isEqualTo(ErrorKind.TYPE);
    }

    @Test
    void unpackingChecksCounts() {
        assertThat(value("a, b = 1, 2;\nx = (b, a);").repr()).isEqualTo("(2, 1)");
        assertThat(value("(a, b), c = (1, 2), 3;\nx = a + b + c;").repr()).isEqualTo("6");
        Diagnostic d = hostError("a, b = [1, 2, 3];");
        assertThat(d.message()).isEqualTo("too many values to unpack (expected 2)");
        assertThat(at(d)).isEqualTo("1:1-1:5");
    }

    @Test
    void unhashableValuesCannotBeSetMembers() {
        Diagnostic d = hostError("x = {[1]};");
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).isEqualTo("unhashable type: 'list'");
        assertThat(at(d)).isEqualTo("1:6-1:9");
    }

    @Test
    void augmentedAssignment() {
        assertThat(value("x = 1;\nx += 2;\nx *= 3;\nx //= 2;\nx **= 2;\nx -= 1;\nx %= 7;").repr()).isEqualTo("1");
    }

    @Test
    void setsAndDictsKeepInsertionOrder() {
        assertThat(value("x = {3, 1, 2};").repr()).isEqualTo("{3, 1, 2}");
        assertThat(value("x = [k for k in {'b': 1, 'a': 2}];").repr()).isEqualTo("['b', 'a']");
    }

    @Test
    void rangeIsLazyAndPrintsLikePython() {
        assertThat(value("x = range(10 ** 9)[5];").repr()).isEqualTo("5");
        assertThat(value("x = str(range(3));").repr()).isEqualTo("'range(0, 3)'");
        assertThat(value("x = range(0) == range(5, 5);").repr()).isEqualTo("True");
    }
}
