package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;

/**
 * Runs a plan's inputs through the model and the RASP evaluator in batches of one length,
 * several batches at once on their own {@link BatchChecker}s ({@link ParallelBatches}), compares
 * the outputs per position, and for each disagreeing input finds the divergence and its cause.
 * Memory holds {@link ParallelBatches#AHEAD} batches and their results per checker, the
 * checkers' shared tables (bounded by {@link BatchChecker#TABLE_BUDGET}) and the listed
 * counterexamples.
 */
final class PlanChecker {
    /** Residual entries (8 bytes each) one batch may hold: 4M entries is 32 MB. */
    static final long BATCH_ENTRIES = 4_000_000;
    static final int MAX_BATCH = 512;
    /** The cores a verification may use, up to 4. */
    static final int CORES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final CompiledModel model;
    private final Precision precision;
    private final ValueAgreement agreement;
    private final boolean details;
    private final List<SOpSite> sites;
    private final Optional<RaspProgram> tracrSemantics;
    private final boolean shared;
    private final int threads;
    private final long tableBudget;

    /**
     * @param details whether to keep margins and diagnose disagreements (a re-verification for a fix
     *                only counts)
     */
    PlanChecker(CompiledModel model, double tolerance, boolean details, Precision precision) {
        this(model, tolerance, details, precision, true, 0, BatchChecker.TABLE_BUDGET);
    }

    /**
     * @param shared  whether to share work between inputs ({@link BatchChecker}); false runs every
     *                input the plain way (what tests compare the shared way with)
     * @param threads checkers working at once, all from the first batch; 0: one per core ({@link
     *                #CORES}), the others joining the first once the JIT compiler is quiet
     * @param tableBudget entries each checker's shared tables may hold before they are dropped
     */
    PlanChecker(CompiledModel model, double tolerance, boolean details, Precision precision, boolean shared,
                int threads, long tableBudget) {
        this.tableBudget = tableBudget;
        this.model = model;
        this.shared = shared;
        this.threads = threads;
        this.precision = precision;
        this.agreement = new ValueAgreement(tolerance);
        this.details = details;
        this.sites = SOpSite.of(model);
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
        Map<BatchCauses.Key, Group> groups = new LinkedHashMap<>();
        MarginTracker margins = new MarginTracker(sites);
        BatchChecker.Result total = new BatchChecker.Result(sites, Set.of());
        // read by the checkers while this thread adds to it
        Set<BatchCauses.Key> full = ConcurrentHashMap.newKeySet();
        InputBatches batches = InputBatches.of(plan, model.program().settings().vocab(),
                batchSize(plan.maxLength(), model.config().dModel(), model.config().layers(), model.config().heads()));
        progress.advanced(stage, 0, plan.total());
        int threads = this.threads > 0 ? this.threads : CORES;
        BatchChecker[] checkers = new BatchChecker[threads];
        // a thread count asked for starts at once; else the others wait for the JIT compiler to settle
        boolean cancelled = ParallelBatches.run(batches, threads, this.threads > 0,
                (i, batch) -> checker(checkers, i).check(batch, full), (BatchChecker.Result r) -> {
            add(total, r);
            margins.merge(r.margins);
            for (BatchCauses.Group b : r.causes.groups()) {
                Diagnosis why = b.first;
                Group g = groups.computeIfAbsent(b.key, k -> new Group(why.cause(), why.culprit(), why.message()));
                g.count += b.count;
                for (Counterexample c : b.examples) {
                    if (g.examples.size() == VerificationReport.COUNTEREXAMPLE_CAP) break;
                    g.examples.add(c);
                    if (g.examples.size() == VerificationReport.COUNTEREXAMPLE_CAP) full.add(b.key);
                }
            }
            progress.advanced(stage, total.checked, plan.total());
        }, cancel);
        List<Findings.CauseGroup> out = new ArrayList<>();
        for (Group g : groups.values()) out.add(new Findings.CauseGroup(g.cause, g.sop, g.count, g.message, g.examples));
        return new Findings(total.checked, total.agree, total.disagree, total.none, total.compared, out, margins.margins(),
                total.failures, Optional.ofNullable(total.firstFailure), total.tracrDiffers,
                Optional.ofNullable(total.tracrExample), cancelled);
    }

    private BatchChecker checker(BatchChecker[] checkers, int i) {
        if (checkers[i] == null) {
            checkers[i] = new BatchChecker(model, sites, agreement, details, precision, tracrSemantics, shared,
                    tableBudget);
        }
        return checkers[i];
    }

    private static void add(BatchChecker.Result total, BatchChecker.Result r) {
        total.checked += r.checked;
        total.agree += r.agree;
        total.disagree += r.disagree;
        total.none += r.none;
        total.compared += r.compared;
        total.failures += r.failures;
        total.tracrDiffers += r.tracrDiffers;
        if (total.firstFailure == null) total.firstFailure = r.firstFailure;
        if (total.tracrExample == null) total.tracrExample = r.tracrExample;
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

    }
}
