package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * Runs a plan's inputs through the model and the RASP evaluator in batches of one length,
 * several batches at once on their own {@link BatchChecker}s, compares the outputs per position,
 * and for each disagreeing input finds the divergence and its cause. Memory holds a batch per
 * checker, the checkers' shared tables (bounded by {@link BatchChecker#TABLE_BUDGET}) and the
 * listed counterexamples.
 */
final class PlanChecker {
    /** Residual entries (8 bytes each) one batch may hold: 4M entries is 32 MB. */
    static final long BATCH_ENTRIES = 4_000_000;
    static final int MAX_BATCH = 512;
    /** The cores a verification may use, up to 4. */
    static final int CORES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /**
     * Checkers working at once on a plan of a few thousand inputs: one core fewer than there are,
     * since in a JVM's first seconds the JIT compiler keeps a core busy (on 2 cores, 2 checkers were
     * slower than 1 at 2,000 and at 20,000 inputs: decision 100).
     */
    static final int THREADS = Math.max(1, CORES - 1);
    /** Plans of more inputs than this are checked on several threads. */
    static final long PARALLEL_FROM = 4L * MAX_BATCH;
    /** Plans of more inputs than this use every core (200,018 inputs: 1.2 to 1.5 s on 2, 2.3 to 2.4 s on 1). */
    static final long ALL_CORES_FROM = 64L * MAX_BATCH;

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
     * @param threads checkers working at once on a plan of more than {@link #PARALLEL_FROM} inputs;
     *                0: by the plan's size ({@link #THREADS}, or {@link #CORES} above {@link
     *                #ALL_CORES_FROM})
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
        Map<BatchChecker.GroupKey, Group> groups = new LinkedHashMap<>();
        MarginTracker margins = new MarginTracker(sites);
        BatchChecker.Result total = new BatchChecker.Result(sites);
        boolean cancelled = false;
        InputBatches batches = InputBatches.of(plan, model.program().settings().vocab(),
                batchSize(plan.maxLength(), model.config().dModel(), model.config().layers(), model.config().heads()));
        progress.advanced(stage, 0, plan.total());
        // a second checker pays again for the tables the first has warmed: at 2,000 inputs one checker
        // was as fast (decision 100), so several only for plans of more batches
        int threads = plan.total() <= PARALLEL_FROM ? 1
                : this.threads > 0 ? this.threads
                : plan.total() > ALL_CORES_FROM ? CORES : THREADS;
        BatchChecker[] checkers = new BatchChecker[threads];
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, PlanChecker::worker) : null;
        try {
            while (batches.hasNext()) {
                if (cancel.isCancelled()) {
                    cancelled = true;
                    break;
                }
                // one batch per checker at a time, taken in again in the plan's order, so what is
                // kept first (counterexamples, the input of a smallest margin) does not depend on timing
                List<List<List<Value>>> round = new ArrayList<>();
                while (round.size() < threads && batches.hasNext()) round.add(batches.next());
                List<BatchChecker.Result> results = run(round, checkers, pool);
                for (BatchChecker.Result r : results) {
                    add(total, r);
                    margins.merge(r.margins);
                    for (BatchChecker.Found f : r.found) {
                        Diagnosis why = f.why();
                        Group g = groups.computeIfAbsent(BatchChecker.GroupKey.of(why),
                                k -> new Group(why.cause(), why.culprit(), why.message()));
                        g.count++;
                        if (f.example() != null && g.examples.size() < VerificationReport.COUNTEREXAMPLE_CAP) {
                            g.examples.add(f.example());
                        }
                    }
                }
                progress.advanced(stage, total.checked, plan.total());
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        List<Findings.CauseGroup> out = new ArrayList<>();
        for (Group g : groups.values()) out.add(new Findings.CauseGroup(g.cause, g.sop, g.count, g.message, g.examples));
        return new Findings(total.checked, total.agree, total.disagree, total.none, total.compared, out, margins.margins(),
                total.failures, Optional.ofNullable(total.firstFailure), total.tracrDiffers,
                Optional.ofNullable(total.tracrExample), cancelled);
    }

    /** The batches of a round, the first on this thread and the others on the pool, each on its own checker. */
    private List<BatchChecker.Result> run(List<List<List<Value>>> round, BatchChecker[] checkers, ExecutorService pool) {
        List<Future<BatchChecker.Result>> others = new ArrayList<>();
        for (int i = 1; i < round.size(); i++) {
            int at = i;
            others.add(pool.submit(() -> checker(checkers, at).check(round.get(at))));
        }
        List<BatchChecker.Result> results = new ArrayList<>();
        results.add(checker(checkers, 0).check(round.get(0)));
        for (Future<BatchChecker.Result> f : others) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("verification was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    private BatchChecker checker(BatchChecker[] checkers, int i) {
        if (checkers[i] == null) {
            checkers[i] = new BatchChecker(model, sites, agreement, details, precision, tracrSemantics, shared,
                    tableBudget);
        }
        return checkers[i];
    }

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "verification");
        t.setDaemon(true);
        return t;
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
