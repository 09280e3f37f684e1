package org.raspworkbench.core.verification;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Looks for the smallest change of one setting that removes a cause, by recompiling the program
 * with it and checking the same inputs again: a larger {@code mlp_exactness} (a ladder of factors
 * over the current value, then bisection to the smallest whole number that works), or a shorter
 * {@code max_seq_len} (the longest that works), or float64 for a model verified in float32. A value
 * "works" when the re-check disagrees on at least as many fewer inputs as the cause explains (for a
 * shorter {@code max_seq_len}, which checks fewer inputs, when it agrees everywhere); it is
 * {@code verified} when the re-check agrees everywhere.
 */
final class FixSearch {
    private static final double[] LADDER = {2, 5, 10, 20, 50, 100, 1000, 10000};
    private static final int BISECTIONS = 20;
    private static final String DTYPE = "dtype";

    private final RaspProgram program;
    private final InputPlan plan;
    private final VerificationOptions options;
    private final long disagreeBefore;
    private final VerificationProgress progress;
    private final Cancellation cancel;

    FixSearch(RaspProgram program, InputPlan plan, VerificationOptions options, long disagreeBefore,
              VerificationProgress progress, Cancellation cancel) {
        this.program = program;
        this.plan = plan;
        this.options = options;
        this.disagreeBefore = disagreeBefore;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** What checking the plan's inputs on the program recompiled with other settings gives. */
    private record Trial(boolean works, double value, VerifiedFix fix) {
    }

    Optional<VerifiedFix> mlpExactness(long explained) {
        double current = program.settings().mlpExactness();
        double lo = current;
        Trial found = null;
        for (double factor : LADDER) {
            double value = Math.rint(current * factor);
            Trial t = tryExactness(value, explained);
            if (t == null) return Optional.empty();
            if (t.works) {
                found = t;
                break;
            }
            lo = value;
        }
        if (found == null) return Optional.empty();
        double hi = found.value;
        for (int i = 0; i < BISECTIONS && hi - lo > 1; i++) {
            double mid = Math.rint((lo + hi) / 2);
            Trial t = tryExactness(mid, explained);
            if (t == null) break;
            if (t.works) {
                hi = mid;
                found = t;
            } else {
                lo = mid;
            }
        }
        return Optional.of(found.fix);
    }

    Optional<VerifiedFix> shorterMaxSeqLen(long explained) {
        int current = program.settings().maxSeqLen();
        int lo = plan.minLength();
        int hi = current - 1;
        if (hi < lo) return Optional.empty();
        Trial best = null;
        Trial top = tryMaxSeqLen(hi, explained);
        if (top == null) return Optional.empty();
        if (top.works) return Optional.of(top.fix);
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi + 1) / 2;
            Trial t = tryMaxSeqLen(mid, explained);
            if (t == null) break;
            if (t.works) {
                best = t;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.fix);
    }

    /** Running the same model in float64 instead of float32. */
    Optional<VerifiedFix> float64(long explained) {
        Trial t = attempt(DTYPE, 64, s -> s, plan, explained, false, Precision.FLOAT64);
        return t == null || !t.works ? Optional.empty() : Optional.of(t.fix);
    }

    private Trial tryExactness(double value, long explained) {
        return attempt("mlp_exactness", value, s -> new CompileSettings(s.vocab(), s.maxSeqLen(), s.example(),
                s.causal(), s.bos(), s.pad(), value), plan, explained, false, options.precision());
    }

    private Trial tryMaxSeqLen(int value, long explained) {
        CompileSettings shorter = with(program.settings(), value);
        int min = Math.min(plan.minLength(), value);
        InputPlan p = InputBatches.plan(shorter, min, Math.min(plan.maxLength(), value), options);
        // fewer, shorter inputs disagree less anyway: a shorter max_seq_len must agree everywhere
        return attempt("max_seq_len", value, s -> with(s, value), p, explained, true, options.precision());
    }

    private static CompileSettings with(CompileSettings s, int maxSeqLen) {
        return new CompileSettings(s.vocab(), maxSeqLen, s.example().filter(e -> e.size() <= maxSeqLen), s.causal(),
                s.bos(), s.pad(), s.mlpExactness());
    }

    /** @return null when cancelled or when the program does not compile with the setting */
    private Trial attempt(String setting, double value, UnaryOperator<CompileSettings> change, InputPlan p,
                          long explained, boolean mustAgree, Precision precision) {
        if (cancel.isCancelled()) return null;
        RaspProgram changed = new RaspProgram(change.apply(program.settings()), program.output(), program.nodes(),
                program.warnings(), program.outputRange());
        Compilation c = Compiler.compile(changed);
        if (c.model().isEmpty() || c.hasErrors()) return null;
        CompiledModel model = c.model().get();
        String stage = "trying " + setting + " " + (value == Math.rint(value) ? Long.toString((long) value) : value);
        Findings f = new PlanChecker(model, options.tolerance(), false, precision).check(p, stage, progress, cancel);
        if (f.cancelled()) return null;
        boolean works = mustAgree ? f.disagree() == 0 : f.disagree() <= disagreeBefore - explained;
        Value shown = setting.equals(DTYPE) ? StrValue.of(Precision.FLOAT64.label())
                : value == Math.rint(value) ? IntValue.of((long) value) : FloatValue.of(value);
        return new Trial(works, value, new VerifiedFix(setting, shown, f.disagree() == 0, f.agree(), f.checked()));
    }
}
