package org.raspworkbench.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.Severity;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** Numerical MLPs that meet, at run time, a value outside the value set they were built for. */
class NumericalMlpInputsTest {
    private static String resource(String path) throws IOException {
        try (InputStream in = NumericalMlpInputsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Value> chars(String s) {
        List<Value> out = new ArrayList<>();
        for (char c : s.toCharArray()) out.add(StrValue.of(String.valueOf(c)));
        return out;
    }

    private static ForwardTrace run(String variant, String input) throws IOException {
        CompiledModel m = Compiler.compile(resource("variant-cases/" + variant)).model().orElseThrow();
        return ForwardPass.run(m, chars(input));
    }

    @Test
    void aRunningFractionOfTwoThirdsIsNotAValueTheMapWasBuiltFor() throws IOException {
        ForwardTrace t = run("numerical_to_numerical_map.rasp", "aba");
        assertThat(t.warnings()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.kind()).isEqualTo(ErrorKind.VALUE);
            assertThat(d.message()).isEqualTo("the MLP computing 'scaled' was built for the values "
                    + "{0, 0.2, 0.25, 0.333, 0.5, 1} of 'frac_a'; at position 2 'frac_a' is 0.667, "
                    + "so its output may be wrong");
            assertThat(d.range().start().line()).isEqualTo(14);
        });
    }

    @Test
    void aCategoricalMapOfANumericalSOpToo() throws IOException {
        ForwardTrace t = run("numerical_to_categorical_map.rasp", "abbaa");
        assertThat(t.warnings()).extracting(Diagnostic::message).containsExactly("the MLP computing 'majority' was "
                + "built for the values {0, 0.2, 0.25, 0.333, 0.5, 1} of 'frac_a'; at position 4 'frac_a' is 0.6, "
                + "so its output may be wrong");
    }

    @Test
    void valuesInTheSetGiveNoWarning() throws IOException {
        assertThat(run("numerical_to_numerical_map.rasp", "bab").warnings()).isEmpty();
        assertThat(run("numerical_to_numerical_map.rasp", "abbbb").warnings()).isEmpty();
    }

    @Test
    void numbersAreShortInTheMessage() {
        assertThat(NumericalMlpInputs.shortForm(FloatValue.of(2.0 / 3))).isEqualTo("0.667");
        assertThat(NumericalMlpInputs.shortForm(FloatValue.of(1.0))).isEqualTo("1");
        assertThat(NumericalMlpInputs.shortForm(FloatValue.of(-0.125))).isEqualTo("-0.125");
        assertThat(NumericalMlpInputs.shortForm(FloatValue.of(12345.5))).isEqualTo("12345.5");
        assertThat(NumericalMlpInputs.shortForm(IntValue.of(7))).isEqualTo("7");
    }
}
