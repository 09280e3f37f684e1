package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.allocation.BlockBuilder;
import org.raspworkbench.core.craft.AttentionHead;
import org.raspworkbench.core.craft.Bilinear;
import org.raspworkbench.core.craft.CraftBlock;
import org.raspworkbench.core.craft.Linear;
import org.raspworkbench.core.craft.Mlp;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;

/** Each cause kind, pinned on a small program built to show it (Tracr's known-wrong cases among them). */
class CauseKindsTest {
    static String source(String path) {
        try {
            return Files.readString(Path.of("src/test/resources/" + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledModel compile(String path) {
        Compilation c = Compiler.compile(source(path));
        assertThat(c.hasErrors()).as("%s compiles: %s", path, c.diagnostics()).isFalse();
        return c.model().orElseThrow();
    }

    static VerificationReport verify(CompiledModel model, VerificationOptions options) {
        return Verifier.verify(model, options, VerificationProgress.NONE, new Cancellation());
    }

    static CauseSummary onlyCause(VerificationReport r) {
        assertThat(r.causes()).hasSize(1);
        return r.causes().get(0);
    }

    @Test
    void mlpPrecisionAtLowExactnessIsFixedByTheSmallestExactnessThatVerifies() {
        VerificationReport r = verify(compile("variant-cases/low_mlp_exactness.rasp"), VerificationOptions.defaults());
        assertThat(r.plan().exhaustive()).isTrue();
        assertThat(r.inputsChecked()).isEqualTo(1364);
        assertThat(r.disagree()).isEqualTo(12);
        assertThat(r.agree()).isEqualTo(1352);
        CauseSummary length = r.causes().get(0);
        assertThat(length.cause()).isEqualTo(CauseKind.MLP_PRECISION);
        assertThat(length.sop().name()).isEqualTo("length");
        assertThat(length.message()).contains("widths 4 and 3").contains("mlp_exactness 20");
        assertThat(r.causes()).extracting(CauseSummary::inputs).containsExactly(10L, 2L);
        assertThat(r.causes().get(1).message()).contains("'b1' = 0 from -0.05");
        VerifiedFix fix = length.fix().orElseThrow();
        assertThat(fix.setting()).isEqualTo("mlp_exactness");
        assertThat(fix.verified()).isTrue();
        assertThat(fix.agreeAfter()).isEqualTo(1364);
        assertThat(fix.value()).isEqualTo(IntValue.of(30));
        // smallest: one less still disagrees
        assertThat(verify(withExactness("variant-cases/low_mlp_exactness.rasp", 29), VerificationOptions.defaults())
                .disagree()).isPositive();
        Divergence d = r.counterexamples().get(0).diagnosis().divergence().orElseThrow();
        assertThat(d.sop().name()).isEqualTo("length");
        assertThat(d.layer()).isZero();
        assertThat(d.sublayer()).isEqualTo(BlockKind.MLP);
        assertThat(d.snapshot()).isEqualTo(2);
        assertThat(d.model()).isEqualTo(IntValue.of(3));
        assertThat(d.program()).isEqualTo(IntValue.of(4));
    }

    private static CompiledModel withExactness(String path, double exactness) {
        String text = source(path).replace("set mlp_exactness 20;", "set mlp_exactness " + (long) exactness + ";");
        return Compiler.compile(text).model().orElseThrow();
    }

    @Test
    void valueSetNamesTheValueAndWhereItComesFrom() {
        VerificationReport r = verify(compile("verification/value_set.rasp"), VerificationOptions.defaults());
        assertThat(r.disagree()).isEqualTo(9);
        CauseSummary c = onlyCause(r);
        assertThat(c.cause()).isEqualTo(CauseKind.VALUE_SET);
        assertThat(c.sop().name()).isEqualTo("high");
        assertThat(c.message()).contains("'frac' = 0.6666666666666666").contains("numerical aggregate 'frac'");
        assertThat(c.fix()).isEmpty();
        assertThat(c.advice()).isPresent();
        assertThat(r.counterexamples().get(0).input()).containsExactly(IntValue.of(0), IntValue.of(1), IntValue.of(1));
    }

    @Test
    void aggregateMeanOnTracrsOvTestCase() {
        VerificationReport r = verify(compile("tracr-cases/ov_test_case_1.rasp"),
                VerificationOptions.defaults().withLengths(1, 4));
        CauseSummary c = onlyCause(r);
        assertThat(c.cause()).isEqualTo(CauseKind.AGGREGATE_MEAN);
        assertThat(c.sop().name()).isEqualTo("so6");
        assertThat(c.inputs()).isEqualTo(r.disagree()).isPositive();
        assertThat(c.message()).contains("different values");
        assertThat(r.counterexamples()).hasSize(VerificationReport.COUNTEREXAMPLE_CAP);
        // the inputs beyond those listed are only counted, without words: none of those is listed
        assertThat(r.counterexamples()).allSatisfy(e -> assertThat(e.diagnosis().message()).contains("different values"));
        Divergence d = r.counterexamples().get(0).diagnosis().divergence().orElseThrow();
        assertThat(d.sublayer()).isEqualTo(BlockKind.ATTENTION);
    }

    @Test
    void noneDefaultBlamesTheS_opLeftNone() {
        VerificationReport r = verify(compile("verification/none_default.rasp"), VerificationOptions.defaults());
        CauseSummary c = onlyCause(r);
        assertThat(c.cause()).isEqualTo(CauseKind.NONE_DEFAULT);
        assertThat(c.sop().name()).isEqualTo("prev");
        assertThat(r.counterexamples().get(0).diagnosis().divergence().orElseThrow().sop().name()).isEqualTo("first");
    }

    @Test
    void causalSemanticsIsANoteWhenOurCausalEvaluationAgrees() {
        VerificationReport r = verify(compile("verification/causal_length.rasp"), VerificationOptions.defaults());
        assertThat(r.agrees()).isTrue();
        CauseSummary c = onlyCause(r);
        assertThat(c.cause()).isEqualTo(CauseKind.CAUSAL_SEMANTICS);
        assertThat(c.inputs()).isEqualTo(28);
        assertThat(r.notes()).anyMatch(n -> n.contains("Tracr's own evaluator"));
    }

    @Test
    void floatPrecisionWhenOnlyFloat32GetsItWrongFixedByFloat64() {
        CompiledModel model = compile("verification/float_precision.rasp");
        assertThat(verify(model, VerificationOptions.defaults()).agrees()).isTrue();
        VerificationReport r = verify(model, VerificationOptions.defaults().withPrecision(Precision.FLOAT32));
        assertThat(r.disagree()).isEqualTo(4);
        CauseSummary c = onlyCause(r);
        assertThat(c.cause()).isEqualTo(CauseKind.FLOAT_PRECISION);
        assertThat(c.sop().name()).isEqualTo("high");
        assertThat(c.message()).contains("float32");
        VerifiedFix fix = c.fix().orElseThrow();
        assertThat(fix.setting()).isEqualTo("dtype");
        assertThat(fix.value()).isEqualTo(StrValue.of("float64"));
        assertThat(fix.verified()).isTrue();
        assertThat(fix.agreeAfter()).isEqualTo(r.inputsChecked());
    }

    @Test
    void softAttentionWhenAHeadIsNotColdEnough() {
        // Tracr's coldness 100 saturates; a head built with coldness 2 mixes the positions
        BlockBuilder warm = (op, ctx) -> BlockBuilder.TRACR.build(op, ctx).map(b -> scaleHeads(b, 0.02));
        VerificationReport r = verify(compileWith("verification/soft_head.rasp", warm),
                VerificationOptions.defaults().withoutFixes());
        assertThat(r.disagree()).isPositive();
        CauseSummary c = onlyCause(r);
        assertThat(c.cause()).isEqualTo(CauseKind.SOFT_ATTENTION);
        assertThat(c.sop().name()).isEqualTo("prev");
        assertThat(c.message()).contains("does not saturate");
    }

    @Test
    void unknownNamesTheS_opAndSubLayer() {
        // a sequence map whose lookup table is turned upside down: no known cause explains it
        BlockBuilder broken = (op, ctx) -> BlockBuilder.TRACR.build(op, ctx)
                .map(b -> op instanceof SequenceMapOp && b instanceof Mlp m ? negated(m) : b);
        VerificationReport r = verify(compileWith("tracr-cases/ov_test_case_1.rasp", broken),
                VerificationOptions.defaults().withLengths(1, 3).withoutFixes());
        assertThat(r.causes()).extracting(CauseSummary::cause).contains(CauseKind.UNKNOWN);
        CauseSummary c = r.causes().stream().filter(s -> s.cause() == CauseKind.UNKNOWN).findFirst().orElseThrow();
        assertThat(c.sop().name()).isEqualTo("so4");
        assertThat(c.message()).contains("mlp of layer").contains("snapshot");
    }

    private static CompiledModel compileWith(String path, BlockBuilder builder) {
        RaspProgram program = ProgramRunner.run(source(path)).program().orElseThrow();
        Compilation c = Compiler.compile(program, SizeLimits.DEFAULT, builder);
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c.model().orElseThrow();
    }

    private static CraftBlock scaleHeads(CraftBlock b, double factor) {
        if (!(b instanceof AttentionHead h)) return b;
        double[][] m = h.qk().matrix();
        double[][] scaled = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            scaled[i] = m[i].clone();
            for (int j = 0; j < scaled[i].length; j++) scaled[i][j] *= factor;
        }
        return new AttentionHead(new Bilinear(h.qk().left(), h.qk().right(), scaled), h.ov(), h.causal());
    }

    private static Mlp negated(Mlp m) {
        double[][] second = m.second().matrix();
        double[][] neg = new double[second.length][];
        for (int i = 0; i < second.length; i++) {
            neg[i] = second[i].clone();
            for (int j = 0; j < neg[i].length; j++) neg[i][j] = -neg[i][j];
        }
        return new Mlp(m.first(), new Linear(m.second().input(), m.second().output(), neg));
    }

}
