package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.evaluation.MemoizedEvaluator;
import org.raspworkbench.core.model.BatchedForwardPass;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.InternedForwardPass;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/**
 * Checks one batch of inputs (one thread's share of a plan): the model through the {@link
 * InternedForwardPass} and the program through the {@link MemoizedEvaluator}, both sharing their
 * work across inputs; each S-op's decode and margin computed once per distinct content of its
 * columns and program value ({@link SiteReadings}). An input on which model and program disagree
 * is run again the plain way (the batched pass with its attention, the evaluator), which is what
 * the divergence and the cause are found on. A model the interned pass cannot run goes the plain
 * way throughout. Not thread-safe: one per thread.
 */
final class BatchChecker {
    /** Entries the shared tables may hold before they are dropped (about 8 bytes each). */
    static final long TABLE_BUDGET = 8_000_000;

    private final CompiledModel model;
    private final Precision precision;
    private final ValueAgreement agreement;
    private final boolean details;
    private final List<SOpSite> sites;
    private final CauseClassifier classifier;
    private final SOpReadout output;
    private final Optional<RaspProgram> tracrSemantics;
    private final Optional<InternedForwardPass> pass;
    private final MemoizedEvaluator program;
    private final Optional<MemoizedEvaluator> tracrProgram;
    /** Per site, then the output last: how the last residual stream reads there. */
    private final List<SiteReadings> readings = new ArrayList<>();
    private final long tableBudget;
    /** The site whose readings are the output's (categorical): its margins are taken with the agreement; -1 if none. */
    private final int outputSite;

    BatchChecker(CompiledModel model, List<SOpSite> sites, ValueAgreement agreement, boolean details,
                 Precision precision, Optional<RaspProgram> tracrSemantics, boolean shared, long tableBudget) {
        this.tableBudget = tableBudget;
        this.model = model;
        this.precision = precision;
        this.agreement = agreement;
        this.details = details;
        this.sites = sites;
        Map<Integer, SOpSite> byId = new java.util.LinkedHashMap<>();
        for (SOpSite s : sites) byId.put(s.sop().id(), s);
        this.classifier = new CauseClassifier(model, byId);
        this.output = SOpReadout.output(model);
        this.tracrSemantics = tracrSemantics;
        List<SOp> read = new ArrayList<>();
        for (SOpSite s : sites) read.add(s.sop());
        read.add(model.program().output());
        this.program = new MemoizedEvaluator(model.program(), read);
        this.tracrProgram = tracrSemantics.map(p -> new MemoizedEvaluator(p, List.of(p.output())));
        this.pass = shared && InternedForwardPass.supports(model)
                ? Optional.of(new InternedForwardPass(model, precision))
                : Optional.empty();
        if (pass.isPresent()) {
            for (SOpSite s : sites) readings.add(new SiteReadings(s.readout(), pass.get()));
            readings.add(outputReadings(sites, readings, output, pass.get()));
            SiteReadings out = readings.get(readings.size() - 1);
            outputSite = output.isNumerical() ? -1 : readings.subList(0, sites.size()).indexOf(out);
        } else {
            outputSite = -1;
        }
    }

    /**
     * The output's readings: its site's when that reads the same columns as the same values (the
     * output's rows are then read once for the agreement and the margin), else its own.
     */
    private static SiteReadings outputReadings(List<SOpSite> sites, List<SiteReadings> readings, SOpReadout output,
                                               InternedForwardPass pass) {
        for (int i = 0; i < sites.size(); i++) {
            SOpReadout r = sites.get(i).readout();
            if (r.sop().id() == output.sop().id() && java.util.Arrays.equals(r.columns(), output.columns())
                    && sameValues(r.values(), output.values()) && r.isNumerical() == output.isNumerical()) {
                return readings.get(i);
            }
        }
        return new SiteReadings(output, pass);
    }

    /** The same values to the last repr (1 and 1.0 are equal in Python, yet decode to different outputs). */
    private static boolean sameValues(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).getClass() != b.get(i).getClass() || !a.get(i).repr().equals(b.get(i).repr())) return false;
        }
        return true;
    }

    /** What one batch showed, to be taken in batch by batch in the plan's order. */
    static final class Result {
        long checked, agree, disagree, none, compared, failures, tracrDiffers;
        String firstFailure;
        List<Value> tracrExample;
        final BatchCauses causes;
        final MarginTracker margins;

        Result(List<SOpSite> sites, Set<BatchCauses.Key> full) {
            margins = new MarginTracker(sites);
            causes = new BatchCauses(full);
        }
    }

    /**
     * @param full the causes the batches taken in so far (all before this one in the plan) list
     *             enough examples of: this batch makes none of them
     */
    Result check(InputBatches.Batch inputs, Set<BatchCauses.Key> full) {
        Result r = new Result(sites, full);
        List<List<Value>> batch = inputs.inputs();
        if (pass.isEmpty()) {
            plain(batch, r);
            return r;
        }
        InternedForwardPass p = pass.get();
        if (p.size() + program.size() > tableBudget) {
            p.reset();
            program.reset();
            tracrProgram.ifPresent(MemoizedEvaluator::reset);
            for (SiteReadings s : readings) s.reset();
        }
        p.run(batch, inputs.tokens());
        for (int b = 0; b < batch.size(); b++) checkInput(p, b, batch.get(b), inputs.tokens()[b], r);
        return r;
    }

    // an input's steps in methods of their own: as one method, C2 ran out of its inlining budget
    // (NodeCountInliningCutoff) and left the evaluator's id() and value() as calls per position

    private void checkInput(InternedForwardPass p, int b, List<Value> input, int[] tokens, Result r) {
        if (!program.evaluate(tokens)) failed(r, input);
        if (details) r.margins.begin(input.size());
        boolean wrong = !outputAgrees(b, input, r);
        r.checked++;
        if (!wrong) r.agree++;
        else r.disagree++;
        if (!details) return;
        recordMargins(b, input, r);
        SiteReadings out = readings.get(readings.size() - 1);
        if (tracrProgram.isPresent() && differsFromTracr(tokens, b, out)) {
            r.tracrDiffers++;
            if (r.tracrExample == null) r.tracrExample = List.copyOf(input);
        }
        if (wrong) diagnose(p, b, input, r.margins.lastInput(), r);
    }

    /**
     * Whether the model's output agrees with the program's at every position where it says a value.
     * Where the output is a categorical site's readings, its margins are taken here too: a margin
     * above 0 means the program's value's column is the only largest, which is what decodes to it.
     */
    private boolean outputAgrees(int b, List<Value> input, Result r) {
        SiteReadings out = readings.get(readings.size() - 1);
        int outIndex = sites.size();
        boolean withMargins = details && outputSite >= 0;
        boolean agrees = true;
        for (int q = 0; q < input.size(); q++) {
            int want = program.id(outIndex, q);
            Value wantValue = program.value(outIndex, want);
            if (wantValue instanceof NoneValue) {
                r.none++;
                continue;
            }
            r.compared++;
            if (withMargins) {
                double m = out.margin(b, q + 1, want, wantValue, r.margins, outputSite);
                r.margins.record(outputSite, q, m, input);
                if (m > 0) continue;
            }
            if (!out.agrees(b, q + 1, want, wantValue, agreement)) agrees = false;
        }
        return agrees;
    }

    /** Every site's margin at every position where the program says a value. */
    private void recordMargins(int b, List<Value> input, Result r) {
        for (int i = 0; i < sites.size(); i++) {
            if (i == outputSite) continue;
            SiteReadings s = readings.get(i);
            for (int q = 0; q < input.size(); q++) {
                int want = program.id(i, q);
                Value wantValue = program.value(i, want);
                if (wantValue instanceof NoneValue) continue;
                r.margins.record(i, q, s.margin(b, q + 1, want, wantValue, r.margins, i), input);
            }
        }
    }

    private void failed(Result r, List<Value> input) {
        r.failures++;
        if (r.firstFailure == null) {
            r.firstFailure = Evaluator.evaluate(model.program(), input).diagnostics().get(0).message();
        }
    }

    private boolean differsFromTracr(int[] tokens, int b, SiteReadings out) {
        MemoizedEvaluator tracr = tracrProgram.get();
        tracr.evaluate(tokens);
        for (int q = 0; q < tokens.length; q++) {
            int want = tracr.id(0, q);
            Value wantValue = tracr.value(0, want);
            if (!(wantValue instanceof NoneValue) && !agreement.agrees(out.decoded(b, q + 1), wantValue,
                    output.isNumerical())) {
                return true;
            }
        }
        return false;
    }

    /** The plain way, for a model the interned pass cannot run: every input through the batched pass. */
    private void plain(List<List<Value>> batch, Result r) {
        BatchedForwardPass.Batch run = BatchedForwardPass.run(model, batch, precision, details);
        for (int b = 0; b < batch.size(); b++) {
            List<Value> input = batch.get(b);
            Evaluation ev = Evaluator.evaluate(model.program(), input);
            if (!ev.diagnostics().isEmpty()) {
                r.failures++;
                if (r.firstFailure == null) r.firstFailure = ev.diagnostics().get(0).message();
            }
            double[][] x = run.residuals()[b];
            List<Value> decoded = decode(x, input.size());
            List<Integer> wrong = wrongPositions(decoded, ev.output(), r);
            r.checked++;
            if (wrong.isEmpty()) r.agree++;
            else r.disagree++;
            if (!details) continue;
            r.margins.add(input, x, ev);
            if (tracrSemantics.isPresent() && differs(decoded, Evaluator.evaluate(tracrSemantics.get(), input).output())) {
                r.tracrDiffers++;
                if (r.tracrExample == null) r.tracrExample = List.copyOf(input);
            }
            if (!wrong.isEmpty()) {
                Counterexample c = diagnosis(input, x, run.attention()[b], ev, decoded, wrong, r.margins.lastInput());
                r.causes.add(c.diagnosis(), c);
            }
        }
    }

    /**
     * A disagreeing input, from what the interned pass holds of it (the same bits as the batched
     * pass): each S-op decoded per content, a head's attention made again when the cause asks for
     * it, the program's values and selections read from the memoized evaluator's tables.
     */
    private void diagnose(InternedForwardPass p, int b, List<Value> input, double[][] margins, Result r) {
        Evaluation ev = program.evaluation(input);
        Optional<Divergence> at = DivergenceLocator.locate(sites,
                (i, q) -> readings.get(i).decoded(b, q + 1), ev, agreement, margins);
        CauseClassifier.AttentionRows rows = (layer, head, query) -> p.attentionRow(b, layer, head, query);
        // most inputs only count towards their cause: worded are a batch's first of each cause and its examples
        Diagnosis why = cause(input, ev, at, rows, false);
        if (r.causes.wantsWords(why)) why = cause(input, ev, at, rows, true);
        if (!r.causes.wants(why)) {
            r.causes.add(why, null);
            return;
        }
        SiteReadings out = readings.get(readings.size() - 1);
        List<Value> decoded = new ArrayList<>(input.size());
        for (int q = 0; q < input.size(); q++) decoded.add(out.decoded(b, q + 1));
        List<Integer> wrong = wrongPositions(decoded, ev.output(), null);
        r.causes.add(why, new Counterexample(input, wrong, decoded, ev.output(), why));
    }

    private Counterexample diagnosis(List<Value> input, double[][] x, double[][][][] attention, Evaluation ev,
                                     List<Value> decoded, List<Integer> wrong, double[][] margins) {
        Optional<Divergence> at = DivergenceLocator.locate(sites, x, ev, agreement, margins);
        return new Counterexample(input, wrong, decoded, ev.output(), cause(input, ev, at,
                (layer, head, query) -> attention[layer][head][query], true));
    }

    /**
     * Why: in float32, first whether the model gives the program's output in float64.
     *
     * @param worded whether the diagnosis needs its message (else only its cause and culprit)
     */
    private Diagnosis cause(List<Value> input, Evaluation ev, Optional<Divergence> at, CauseClassifier.AttentionRows rows,
                            boolean worded) {
        if (at.isPresent() && precision == Precision.FLOAT32) {
            double[][] x64 = BatchedForwardPass.run(model, List.of(input), Precision.FLOAT64, false).residuals()[0];
            if (!differs(decode(x64, input.size()), ev.output())) return CauseClassifier.floatPrecision(at.get());
        }
        return classifier.diagnose(input, ev, at, rows, worded);
    }

    private List<Value> decode(double[][] x, int length) {
        List<Value> decoded = new ArrayList<>(length);
        for (int p = 0; p < length; p++) decoded.add(output.decode(x[p + 1]));
        return decoded;
    }

    private List<Integer> wrongPositions(List<Value> decoded, List<Value> expected, Result r) {
        List<Integer> wrong = new ArrayList<>();
        for (int p = 0; p < decoded.size(); p++) {
            Value want = expected.get(p);
            if (want instanceof NoneValue) {
                if (r != null) r.none++;
                continue;
            }
            if (r != null) r.compared++;
            if (!agreement.agrees(decoded.get(p), want, output.isNumerical())) wrong.add(p);
        }
        return wrong;
    }

    /** Whether a decoded output differs from the program's somewhere it says a value. */
    private boolean differs(List<Value> decoded, List<Value> expected) {
        for (int p = 0; p < decoded.size(); p++) {
            Value want = expected.get(p);
            if (!(want instanceof NoneValue) && !agreement.agrees(decoded.get(p), want, output.isNumerical())) return true;
        }
        return false;
    }
}
