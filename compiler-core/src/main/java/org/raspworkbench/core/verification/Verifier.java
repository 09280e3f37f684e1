package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.value.Value;

/**
 * Verifies a compiled model against its program: plans the inputs, checks them, searches a fix for
 * each cause found, and writes the report.
 */
public final class Verifier {
    private Verifier() {
    }

    /** Why the options cannot be used with this program, in the user's terms; empty when they can. */
    public static Optional<String> problem(CompileSettings settings, VerificationOptions options) {
        int min = options.minLength().orElse(1);
        int max = options.maxLength().orElse(settings.maxSeqLen());
        if (min < 1) return Optional.of("the shortest input length must be at least 1, not " + min);
        if (max > settings.maxSeqLen()) {
            return Optional.of("the longest input length " + max + " is more than max_seq_len " + settings.maxSeqLen());
        }
        if (min > max) return Optional.of("the length range " + min + ".." + max + " is empty");
        if (options.samples() < 0 || options.maxInputs() < 0) return Optional.of("counts of inputs cannot be negative");
        if (!(options.tolerance() >= 0)) return Optional.of("the tolerance must be a number at least 0");
        if (settings.vocab().isEmpty()) return Optional.of("the vocabulary is empty: there are no inputs to check");
        return Optional.empty();
    }

    /** The plan the options give for this program (what {@link #verify} will check). */
    public static InputPlan plan(CompileSettings settings, VerificationOptions options) {
        return InputBatches.plan(settings, options.minLength().orElse(1),
                options.maxLength().orElse(settings.maxSeqLen()), options);
    }

    /**
     * The inputs {@link #verify} checks with these options, in its order (every input, or the
     * boundary cases then the random sample), at most {@code limit} of them: the same sampler, for
     * other tools that need a set of inputs (mean ablation).
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    public static List<List<Value>> inputs(CompileSettings settings, VerificationOptions options, int limit) {
        problem(settings, options).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        List<List<Value>> out = new ArrayList<>();
        InputBatches batches = InputBatches.of(plan(settings, options), settings.vocab(), Math.max(1, Math.min(limit, 4096)));
        while (out.size() < limit && batches.hasNext()) {
            for (List<Value> in : batches.next().inputs()) {
                if (out.size() < limit) out.add(List.copyOf(in));
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException when {@link #problem} finds one */
    /**
     * How many checkers a verification of more than one batch runs at once: one per core, up to 4
     * (all but the first join once the JIT compiler is quiet).
     */
    public static int threads() {
        return PlanChecker.CORES;
    }

    public static VerificationReport verify(CompiledModel model, VerificationOptions options,
                                            VerificationProgress progress, Cancellation cancel) {
        CompileSettings settings = model.program().settings();
        problem(settings, options).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        InputPlan plan = plan(settings, options);
        Findings f = new PlanChecker(model, options.tolerance(), true, options.precision()).check(plan, "verifying", progress, cancel);
        List<CauseSummary> causes = new ArrayList<>();
        List<Findings.CauseGroup> groups = new ArrayList<>(f.groups());
        groups.sort(Comparator.comparingLong(Findings.CauseGroup::inputs).reversed());
        FixSearch search = new FixSearch(model.program(), plan, options, f.disagree(), progress, cancel);
        for (Findings.CauseGroup g : groups) {
            Optional<VerifiedFix> fix = Optional.empty();
            if (options.searchFixes() && !f.cancelled()) fix = fixFor(g, search);
            causes.add(new CauseSummary(g.cause(), g.sop(), g.inputs(), g.message(), fix,
                    fix.filter(VerifiedFix::verified).isPresent() ? Optional.empty() : Optional.of(Advice.of(g, options.searchFixes() && !f.cancelled()))));
        }
        List<String> notes = new ArrayList<>();
        notes.add(plan.describe());
        if (f.cancelled()) notes.add("stopped after " + f.checked() + " of " + plan.total() + " inputs: the counts cover "
                + "only those");
        if (f.evaluationFailures() > 0) {
            notes.add("the program fails on " + f.evaluationFailures() + " of the inputs (its value there is None and "
                    + "not compared), first: " + f.firstFailure().orElse(""));
        }
        if (f.tracrEvaluatorDiffers() > 0) {
            String sentence = "with causal set, Tracr's own evaluator, which ignores the mask, disagrees with the causal "
                    + "model on " + f.tracrEvaluatorDiffers() + " inputs (first " + reprs(f.tracrExample().get())
                    + "); our evaluation applies the mask as the model does (Tracr issue 19)";
            notes.add(sentence);
            causes.add(new CauseSummary(CauseKind.CAUSAL_SEMANTICS, model.output().sop(), f.tracrEvaluatorDiffers(),
                    sentence, Optional.empty(), Optional.of("compare the causal model with a causal evaluation, "
                            + "not with Tracr's evaluator")));
        }
        return new VerificationReport(plan, f.checked(), f.agree(), f.disagree(), f.nonePositions(),
                f.positionsCompared(), counterexamples(groups), causes, f.margins(), notes, f.cancelled());
    }

    /**
     * Only the counts (no margins, causes or fixes): the quick check the IDE runs after each compile.
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    public static VerificationReport count(CompiledModel model, VerificationOptions options, Cancellation cancel) {
        CompileSettings settings = model.program().settings();
        problem(settings, options).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        InputPlan plan = plan(settings, options);
        Findings f = new PlanChecker(model, options.tolerance(), false, options.precision())
                .check(plan, "checking", VerificationProgress.NONE, cancel);
        return new VerificationReport(plan, f.checked(), f.agree(), f.disagree(), f.nonePositions(),
                f.positionsCompared(), List.of(), List.of(), List.of(), List.of(plan.describe()), f.cancelled());
    }

    private static Optional<VerifiedFix> fixFor(Findings.CauseGroup g, FixSearch search) {
        return switch (g.cause()) {
            case MLP_PRECISION -> search.mlpExactness(g.inputs()).or(() -> search.shorterMaxSeqLen(g.inputs()));
            case SOFT_ATTENTION -> search.shorterMaxSeqLen(g.inputs());
            case FLOAT_PRECISION -> search.float64(g.inputs());
            default -> Optional.empty();
        };
    }

    /** Up to the cap, taking from each cause in turn so that every cause has examples; grouped by cause. */
    private static List<Counterexample> counterexamples(List<Findings.CauseGroup> groups) {
        int[] taken = new int[groups.size()];
        int total = 0;
        boolean more = true;
        while (more && total < VerificationReport.COUNTEREXAMPLE_CAP) {
            more = false;
            for (int i = 0; i < groups.size() && total < VerificationReport.COUNTEREXAMPLE_CAP; i++) {
                if (taken[i] < groups.get(i).examples().size()) {
                    taken[i]++;
                    total++;
                    more = true;
                }
            }
        }
        List<Counterexample> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) out.addAll(groups.get(i).examples().subList(0, taken[i]));
        return out;
    }

    private static String reprs(List<Value> values) {
        List<String> out = new ArrayList<>();
        for (Value v : values) out.add(v.repr());
        return "[" + String.join(", ", out) + "]";
    }
}
