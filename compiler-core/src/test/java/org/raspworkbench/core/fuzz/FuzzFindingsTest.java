package org.raspworkbench.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.verification.Cancellation;
import org.raspworkbench.core.verification.CauseSummary;
import org.raspworkbench.core.verification.Counterexample;
import org.raspworkbench.core.verification.VerificationOptions;
import org.raspworkbench.core.verification.VerificationProgress;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.Verifier;

/** The fuzzers' findings, each the shrunk program that showed it (decision 60 lists them). */
class FuzzFindingsTest {
    static String source(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/fuzz/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledModel compile(String name) {
        Compilation c = Compiler.compile(source(name));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c.model().orElseThrow();
    }

    @Test
    void aNegativeValueOfANumericalMapOfACategoricalS_opIsClippedByTracrsReluAndVerifySaysSo() {
        CompiledModel model = compile("negative_numerical_map.rasp");
        VerificationReport r = Verifier.verify(model, VerificationOptions.defaults(), VerificationProgress.NONE,
                new Cancellation());
        // the model is Tracr's: token 0 maps to -1, which the MLP's ReLU turns into 0
        assertThat(r.disagree()).isEqualTo(4);
        Counterexample first = r.counterexamples().get(0);
        assertThat(first.input()).containsExactly(IntValue.of(0));
        assertThat(first.model()).containsExactly(FloatValue.of(0.0));
        assertThat(first.program()).containsExactly(IntValue.of(-1));
        // ... and verification names the cause instead of "unknown"
        assertThat(r.causes()).hasSize(1);
        CauseSummary c = r.causes().get(0);
        assertThat(c.cause().label()).isEqualTo("negative_clipped");
        assertThat(c.sop().name()).isEqualTo("s2");
        assertThat(c.message()).contains("-1").contains("ReLU");
        assertThat(c.advice().orElseThrow()).contains("non-negative");
    }

    @Test
    void aSelectorWidthBlurredAtLowExactnessIsBlamedWhenANumericalMapReadsIt() {
        CompiledModel model = compile("blurred_width_read_by_numerical_map.rasp");
        VerificationReport r = Verifier.verify(model, VerificationOptions.defaults(), VerificationProgress.NONE,
                new Cancellation());
        assertThat(r.disagree()).isEqualTo(4);
        assertThat(r.causes()).hasSize(1);
        CauseSummary c = r.causes().get(0);
        assertThat(c.cause().label()).isEqualTo("mlp_precision");
        assertThat(c.sop().name()).isEqualTo("length");
        assertThat(c.message()).contains("'long'").contains("mlp_exactness 10");
        // raising mlp_exactness is the fix, and verification finds and checks it
        assertThat(c.fix().orElseThrow().setting()).isEqualTo("mlp_exactness");
        assertThat(c.fix().orElseThrow().verified()).isTrue();
    }

    @Test
    void theBlurIsTracedBackThroughAHeadThatMovesIt() {
        CompiledModel model = compile("blurred_width_moved_by_a_head.rasp");
        VerificationReport r = Verifier.verify(model, VerificationOptions.defaults().withoutFixes(),
                VerificationProgress.NONE, new Cancellation());
        assertThat(r.disagree()).isPositive();
        assertThat(r.causes()).extracting(c -> c.cause().label()).containsOnly("mlp_precision");
        CauseSummary c = r.causes().get(0);
        assertThat(c.sop().name()).isEqualTo("length");
        assertThat(c.message()).contains("'length'").contains("'long'");
    }

    @Test
    void anAggregateGivenOnlyASelectorAndADefaultIsATypeErrorNotAnInternalOne() {
        String source = "set vocab range(1, 3);\nset max_seq_len 2;\nq1 = select(tokens, tokens, ==);\n"
                + "s2 = numerical(aggregate(q1, default=0));\noutput s2;\n";
        Compilation c = Compiler.compile(source);
        assertThat(c.diagnostics()).hasSize(1);
        Diagnostic d = c.diagnostics().get(0);
        assertThat(InternalErrors.isInternal(d)).as("%s", d).isFalse();
        assertThat(d.kind()).isEqualTo(ErrorKind.TYPE);
        assertThat(d.message()).contains("aggregate()").contains("missing");
        assertThat(source.substring(d.range().startOffset(), d.range().endOffset())).isEqualTo("aggregate(q1, default=0)");
    }

    @Test
    void aMeanOfEqualIntsIsAFloatThatTheModelHoldsAsTheIntAndVerifySaysSo() {
        CompiledModel model = compile("float_mean_of_equal_ints.rasp");
        VerificationReport r = Verifier.verify(model, VerificationOptions.defaults(), VerificationProgress.NONE,
                new Cancellation());
        assertThat(r.disagree()).isEqualTo(2);
        assertThat(r.counterexamples().get(0).model()).containsExactly(StrValue.of("2a"), StrValue.of("2a"));
        assertThat(r.counterexamples().get(0).program()).containsExactly(StrValue.of("2.0a"), StrValue.of("2.0a"));
        assertThat(r.causes()).hasSize(1);
        CauseSummary c = r.causes().get(0);
        assertThat(c.cause().label()).isEqualTo("float_mean");
        assertThat(c.sop().name()).isEqualTo("s1");
        assertThat(c.message()).contains("2.0").contains("'s2'");
    }

    @Test
    void aBlendInASelectorsKeysIsBlamedOnTheMlpThatLeftIt() {
        CompiledModel model = compile("blurred_width_in_a_selector.rasp");
        VerificationReport r = Verifier.verify(model, VerificationOptions.defaults().withoutFixes(),
                VerificationProgress.NONE, new Cancellation());
        assertThat(r.disagree()).isEqualTo(24);
        assertThat(r.causes()).extracting(c -> c.cause().label()).containsOnly("mlp_precision");
        assertThat(r.causes()).extracting(c -> c.sop().name()).containsOnly("length");
        assertThat(r.counterexamples()).anyMatch(c -> c.diagnosis().message().startsWith("'s3'")
                && c.diagnosis().message().contains("'length'"));
    }

    @Test
    void anAveragingAggregateWhoseMeanDecodesRightIsStillBlamedDownstream() {
        CompiledModel model = compile("mean_that_decodes_right.rasp");
        VerificationReport r = Verifier.verify(model, VerificationOptions.defaults().withoutFixes(),
                VerificationProgress.NONE, new Cancellation());
        assertThat(r.disagree()).isEqualTo(108);
        assertThat(r.causes()).extracting(c -> c.cause().label()).containsOnly("aggregate_mean");
        assertThat(r.causes()).extracting(c -> c.sop().name()).containsOnly("s1");
        assertThat(r.counterexamples()).anyMatch(c -> c.diagnosis().message().startsWith("'s4'")
                && c.diagnosis().message().contains("'s1'"));
    }
}
