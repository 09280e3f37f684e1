package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Writing a value into an aggregate's subspace makes the model compute downstream what the program
 * computes when that aggregate has that value (the 3-SAT verifier is exact on every input).
 */
class WriteValueTest {
    private static boolean agrees(Value model, Value program, boolean numerical) {
        if (numerical && model instanceof NumericValue m && program instanceof NumericValue p) {
            return Math.abs(m.asDouble() - p.asDouble()) <= 1e-3 * Math.max(1, Math.abs(p.asDouble()));
        }
        return model.equals(program);
    }

    @Test
    void writingEveryValueOfEveryAggregateAtEveryPositionFollowsTheProgram() {
        CompiledModel model = Samples.sample("sat3_verifier");
        List<Value> input = model.program().settings().example().orElseThrow();
        ForwardTrace clean = ForwardPass.run(model, input);
        assertThat(clean.decoded().subList(1, clean.decoded().size())).isEqualTo(clean.evaluated());
        InterventionRunner runner = new InterventionRunner(model, clean);
        List<RunsToComparison.Written> written = RunsToComparison.written(model);
        int writes = 0;
        int outputFlips = 0;
        for (RunsToComparison.Written w : written) {
            if (!(w.sop() instanceof AggregateOp) || w.readout().isNumerical()) continue;
            for (Value v : w.readout().values()) {
                for (int row = 1; row <= input.size(); row++) {
                    PatchedRun run = runner.run(List.of(Intervention.write(InterventionTarget.SOpSubspace.of(w.sop()), v, row)));
                    assertThat(run.problems()).isEmpty();
                    writes++;
                    Evaluation e = run.trace().evaluation();
                    assertThat(e.valuesOf(w.sop()).get(row - 1)).isEqualTo(v);
                    for (RunsToComparison.Written other : written) {
                        SOpReadout r = other.readout();
                        List<Value> want = e.valuesOf(other.sop());
                        double[][] x = run.trace().snapshots().get(other.snapshot());
                        for (int p = 0; p < want.size(); p++) {
                            if (want.get(p) instanceof NoneValue) continue;
                            assertThat(agrees(r.decode(x[p + 1]), want.get(p), r.isNumerical()))
                                    .as("%s after writing %s into %s at row %d, position %d", other.sop().name(), v.repr(),
                                            w.sop().name(), row, p).isTrue();
                        }
                    }
                    assertThat(run.trace().decoded().subList(1, input.size() + 1)).isEqualTo(run.trace().evaluated());
                    if (!run.comparison().output().isEmpty()) outputFlips++;
                }
            }
        }
        assertThat(writes).isGreaterThan(100);
        assertThat(outputFlips).isPositive();
    }

    @Test
    void onTheEmptyInputOnlyTheBosCanBeAblatedAndNothingWritten() {
        CompiledModel model = Samples.sample("sort");
        ForwardTrace clean = ForwardPass.run(model, List.of());
        InterventionRunner runner = new InterventionRunner(model, clean);
        InterventionTarget.SOpSubspace out = InterventionTarget.SOpSubspace.of(model.output().sop());
        PatchedRun write = runner.run(List.of(new Intervention(out, new InterventionAction.WriteValue(IntValue.of(1)),
                Positions.all(), true)));
        assertThat(write.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("the input is empty"));
        PatchedRun zero = runner.run(List.of(Intervention.zero(InterventionTarget.SOpSubspace.of(model.output().sop()))));
        assertThat(zero.problems()).isEmpty();
        assertThat(zero.patched()).isTrue();
        assertThat(zero.comparison().unchanged()).isTrue();
    }

    @Test
    void aNumberWrittenIntoANumericalAggregateIsWhatTheMlpAfterItReads() {
        CompiledModel model = Samples.compile("""
                set vocab ["x", "y"]; set max_seq_len 4;
                is_x = numerical(map(lambda t: 1 if t == "x" else 0, tokens));
                frac = numerical(aggregate(select(indices, indices, <=), is_x, 0));
                output map(lambda f: f > 0.5, frac);
                """);
        List<Value> input = CorruptedPatchTest.parse(model, "\"yyyy\"");
        ForwardTrace clean = ForwardPass.run(model, input);
        RunsToComparison.Written frac = RunsToComparison.written(model).stream()
                .filter(w -> w.sop().name().equals("frac")).findFirst().orElseThrow();
        InterventionRunner runner = new InterventionRunner(model, clean);
        for (double v : new double[] {0.75, 1.0, 0.25}) {
            PatchedRun run = runner.run(List.of(Intervention.write(InterventionTarget.SOpSubspace.of(frac.sop()),
                    org.raspworkbench.core.value.FloatValue.of(v), 2)));
            assertThat(run.problems()).isEmpty();
            double[][] x = run.trace().snapshots().get(frac.snapshot());
            assertThat(x[2][frac.readout().columns()[0]]).isEqualTo(v);
            assertThat(run.trace().decoded().subList(1, 5)).isEqualTo(run.trace().evaluated());
            assertThat(run.trace().decoded().get(2)).isEqualTo(org.raspworkbench.core.value.BoolValue.of(v > 0.5));
        }
        PatchedRun text = runner.run(List.of(Intervention.write(InterventionTarget.SOpSubspace.of(frac.sop()),
                org.raspworkbench.core.value.StrValue.of("x"), 1)));
        assertThat(text.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("frac is numerical"));
    }

    @Test
    void aValueTheSOpHasNoDirectionForATargetThatIsNoSubspaceOrAnEmptySubLayerIsRefused() {
        CompiledModel model = Samples.sample("sat3_verifier");
        ForwardTrace clean = ForwardPass.run(model, model.program().settings().example().orElseThrow());
        InterventionRunner runner = new InterventionRunner(model, clean);
        Intervention noDirection = Intervention.write(InterventionTarget.SOpSubspace.of(model.output().sop()),
                IntValue.of(7), 1);
        Intervention onAHead = new Intervention(InterventionTarget.Head.of(model,
                model.circuits().stream().filter(l -> !l.heads().isEmpty()).findFirst().orElseThrow().layer(), 0),
                new InterventionAction.WriteValue(IntValue.of(1)), Positions.rows(1), true);
        Intervention pastTheEnd = Intervention.write(InterventionTarget.SOpSubspace.of(model.output().sop()),
                model.output().unembedding().get(0).value(), 40);
        Intervention emptyLayer = Intervention.zero(new InterventionTarget.SubLayer(0, org.raspworkbench.core.model.BlockKind.ATTENTION));
        assertThat(model.circuits().get(0).heads()).isEmpty();
        PatchedRun run = runner.run(List.of(noDirection, onAHead, pastTheEnd, emptyLayer));
        assertThat(run.patched()).isFalse();
        assertThat(run.trace()).isSameAs(clean);
        assertThat(run.problems()).extracting(InterventionProblem::kind).containsOnly(InterventionProblem.Kind.INVALID);
        assertThat(run.problems().get(0).message()).contains("satisfied has no direction for 7");
        assertThat(run.problems().get(1).message()).contains("only into an S-op's subspace");
        assertThat(run.problems().get(2).message()).contains("rows 0..10");
        assertThat(run.problems().get(3).message()).isEqualTo("L0 attention computes nothing in this model: there is nothing to change");
    }
}
