package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.model.BatchedForwardPass;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs a plan's inputs through the model (batched, one length at a time) and the RASP evaluator,
 * compares the outputs per position, and for each disagreeing input finds the divergence and its
 * cause. Memory holds one batch plus the listed counterexamples.
 */
final class PlanChecker {
    /** Residual entries (8 bytes each) one batch may hold: 4M entries is 32 MB. */
    static final long BATCH_ENTRIES = 4_000_000;
    static final int MAX_BATCH = 512;

    private final CompiledModel model;
    private final Precision precision;
    private final ValueAgreement agreement;
    private final boolean details;
    private final List<SOpSite> sites;
    private final CauseClassifier classifier;
    private final SOpReadout output;
    private final Optional<RaspProgram> tracrSemantics;

    /**
     * @param details whether to keep margins and diagnose disagreements (a re-verification for a fix
     *                only counts)
     */
    PlanChecker(CompiledModel model, double tolerance, boolean details, Precision precision) {
        this.model = model;
        this.precision = precision;
        this.agreement = new ValueAgreement(tolerance);
        this.details = details;
        this.sites = SOpSite.of(model);
        Map<Integer, SOpSite> byId = new LinkedHashMap<>();
        for (SOpSite s : sites) byId.put(s.sop().id(), s);
        this.classifier = new CauseClassifier(model, byId);
        this.output = SOpReadout.output(model);
        RaspProgram p = model.program();
        CompileSettings s = p.settings();
        this.tracrSemantics = s.causal() && details
                ? Optional.of(new RaspProgram(new CompileSettings(s.vocab(), s.maxSeqLen(), s.example(), false, s.bos(),
                        s.pad(), s.mlpExactness()), p.output(), p.nodes(), p.warnings(), p.outputRange()))
                : Optional.empty();
    }

    static int batchSize(int length, int dModel, int layers, int heads) {
        long perInput = (long) (length + 1) * dModel + (long) layers * heads * (length + 1) * (length + 1);
        return (int) Math.max(1, Math.min(MAX_BATCH, BATCH_ENTRIES / Math.max(1, perInput)));
    }

    Findings check(InputPlan plan, String stage, VerificationProgress progress, Cancellation cancel) {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        MarginTracker margins = new MarginTracker(sites);
        long checked = 0, agree = 0, disagree = 0, none = 0, compared = 0, failures = 0, tracrDiffers = 0;
        String firstFailure = null;
        List<Value> tracrExample = null;
        boolean numerical = output.isNumerical();
        boolean cancelled = false;
        InputBatches batches = InputBatches.of(plan, model.program().settings().vocab(),
                batchSize(plan.maxLength(), model.config().dModel(), model.config().layers(), model.config().heads()));
        progress.advanced(stage, 0, plan.total());
        while (batches.hasNext()) {
            if (cancel.isCancelled()) {
                cancelled = true;
                break;
            }
            List<List<Value>> batch = batches.next();
            BatchedForwardPass.Batch run = BatchedForwardPass.run(model, batch, precision, details);
            double[][][] finals = run.residuals();
            // float32 runs only: the batch again in float64, made once when a disagreement needs it
            double[][][] float64 = null;
            for (int b = 0; b < batch.size(); b++) {
                List<Value> input = batch.get(b);
                double[][] x = finals[b];
                Evaluation ev = Evaluator.evaluate(model.program(), input);
                if (!ev.diagnostics().isEmpty()) {
                    failures++;
                    if (firstFailure == null) firstFailure = ev.diagnostics().get(0).message();
                }
                List<Value> expected = ev.output();
                List<Value> decoded = new ArrayList<>(input.size());
                List<Integer> wrong = new ArrayList<>();
                for (int p = 0; p < input.size(); p++) {
                    Value got = output.decode(x[p + 1]);
                    decoded.add(got);
                    Value want = expected.get(p);
                    if (want instanceof NoneValue) {
                        none++;
                        continue;
                    }
                    compared++;
                    if (!agreement.agrees(got, want, numerical)) wrong.add(p);
                }
                checked++;
                if (wrong.isEmpty()) agree++;
                else disagree++;
                if (!details) continue;
                margins.add(input, x, ev);
                if (tracrSemantics.isPresent() && differsFromTracr(input, decoded)) {
                    tracrDiffers++;
                    if (tracrExample == null) tracrExample = List.copyOf(input);
                }
                if (wrong.isEmpty()) continue;
                Optional<Divergence> at = DivergenceLocator.locate(sites, x, ev, agreement, margins.lastInput());
                if (at.isPresent() && precision == Precision.FLOAT32 && float64 == null) {
                    float64 = BatchedForwardPass.run(model, batch, Precision.FLOAT64, false).residuals();
                }
                Diagnosis why = at.isPresent() && precision == Precision.FLOAT32 && agrees(float64[b], expected)
                        ? CauseClassifier.floatPrecision(at.get())
                        : classifier.diagnose(input, ev, at, run.attention()[b]);
                Counterexample c = new Counterexample(input, wrong, decoded, expected, why);
                groups.computeIfAbsent(new GroupKey(why.cause(), why.culprit().id()),
                        k -> new Group(why.cause(), why.culprit(), why.message())).add(c);
            }
            progress.advanced(stage, checked, plan.total());
        }
        List<Findings.CauseGroup> out = new ArrayList<>();
        for (Group g : groups.values()) out.add(new Findings.CauseGroup(g.cause, g.sop, g.count, g.message, g.examples));
        return new Findings(checked, agree, disagree, none, compared, out, margins.margins(), failures,
                Optional.ofNullable(firstFailure), tracrDiffers, Optional.ofNullable(tracrExample), cancelled);
    }

    /** Whether the last residual stream {@code x} of an input decodes to the program's output everywhere. */
    private boolean agrees(double[][] x, List<Value> expected) {
        for (int p = 0; p < expected.size(); p++) {
            Value want = expected.get(p);
            if (!(want instanceof NoneValue) && !agreement.agrees(output.decode(x[p + 1]), want, output.isNumerical())) {
                return false;
            }
        }
        return true;
    }

    private boolean differsFromTracr(List<Value> input, List<Value> decoded) {
        List<Value> tracr = Evaluator.evaluate(tracrSemantics.get(), input).output();
        for (int p = 0; p < input.size(); p++) {
            Value want = tracr.get(p);
            if (!(want instanceof NoneValue) && !agreement.agrees(decoded.get(p), want, output.isNumerical())) return true;
        }
        return false;
    }

    private record GroupKey(CauseKind cause, int sop) {
    }

    private static final class Group {
        final CauseKind cause;
        final SOp sop;
        final String message;
        final List<Counterexample> examples = new ArrayList<>();
        long count;

        Group(CauseKind cause, SOp sop, String message) {
            this.cause = cause;
            this.sop = sop;
            this.message = message;
        }

        void add(Counterexample c) {
            count++;
            if (examples.size() < VerificationReport.COUNTEREXAMPLE_CAP) examples.add(c);
        }
    }
}
