package org.raspworkbench.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.Severity;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.testkit.ProgramBuilder;
import org.raspworkbench.core.testkit.Py;

class DynamicValidatorTest {
    @Test
    void aCategoricalAggregateThatMustAverageIsReported() {
        ProgramBuilder b = new ProgramBuilder();
        Select prevs = b.select("prevs", b.indices, b.indices, Comparison.LEQ);
        SOp mixed = b.aggregate("mixed", prevs, b.tokens);
        CompiledModel m = Compiler.compile(b.program(Py.ints(1, 2), 3, mixed)).model().orElseThrow();
        ForwardTrace same = ForwardPass.run(m, Py.ints(2, 2));
        assertThat(same.warnings()).isEmpty();
        ForwardTrace different = ForwardPass.run(m, Py.ints(1, 2));
        assertThat(different.warnings()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
            assertThat(d.message()).contains("'mixed'").contains("up to 2 positions");
        });
    }

    @Test
    void selectingSeveralPositionsThatHoldTheSameValueIsNotReported() {
        // every query selects keys 1 and 2, which both hold 2: the head moves 2, as the program says
        CompiledModel m = Compiler.compile("""
                set vocab [1, 2];
                set max_seq_len 3;
                s = select(indices, indices, lambda k, q: k >= 1);
                out = aggregate(s, tokens);
                """).model().orElseThrow();
        ForwardTrace same = ForwardPass.run(m, Py.ints(1, 2, 2));
        assertThat(same.evaluated()).containsExactlyElementsOf(Py.ints(2, 2, 2));
        assertThat(same.decoded().subList(1, 4)).containsExactlyElementsOf(Py.ints(2, 2, 2));
        assertThat(same.warnings()).isEmpty();
        // keys 1 and 2 holding 1 and 2: averaged, reported
        assertThat(ForwardPass.run(m, Py.ints(2, 1, 2)).warnings()).extracting(Diagnostic::message)
                .singleElement().asString().contains("'out'").contains("2 positions");
    }

    @Test
    void aNumericalAggregateOfNonBinaryValuesIsReported() {
        ProgramBuilder b = new ProgramBuilder();
        SOp half = b.numericalMap("half", b.tokens, a -> Py.div(a.get(0), Py.i(2)));
        Select all = b.select("all", b.indices, b.indices, Comparison.TRUE);
        SOp mean = b.aggregate("mean", all, half);
        // 1/2 truncates to 0, so Tracr's static check lets it through; the dynamic check does not.
        CompiledModel m = Compiler.compile(b.program(Py.ints(1), 3, mean)).model().orElseThrow();
        ForwardTrace t = ForwardPass.run(m, Py.ints(1, 1));
        assertThat(t.warnings()).extracting(Diagnostic::message)
                .singleElement().asString().contains("'mean'").contains("0.5");
    }

    @Test
    void goldenProgramsRunClean() {
        ForwardTrace t = ForwardPass.run(Compiler.compile(HandBuiltPrograms.sort(5)).model().orElseThrow(),
                Py.ints(2, 4, 1, 2));
        assertThat(t.warnings()).isEmpty();
        assertThat(t.evaluated()).containsExactlyElementsOf(t.decoded().subList(1, 5));
    }
}
