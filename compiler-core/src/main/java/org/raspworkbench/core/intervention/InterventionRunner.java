package org.raspworkbench.core.intervention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.evaluation.ValueOverride;
import org.raspworkbench.core.input.InputChecker;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.ResidualRun;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.validation.DynamicValidator;
import org.raspworkbench.core.validation.NumericalMlpInputs;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs interventions on one clean run of a model. Each run resumes at the first snapshot an
 * intervention changes, from the clean run's residual there, so only the sub-layers after it are
 * computed again; the activations patched or averaged from other inputs are captured once per
 * input (or input set) and kept ({@link CapturedRuns}, which runners of one model may share), so a
 * list that is edited and rerun costs one partial pass.
 * Safe to call from any one thread at a time per instance (the IDE's background executor).
 */
public final class InterventionRunner {
    private final CompiledModel model;
    private final ForwardTrace clean;
    private final List<RunsToComparison.Written> written;
    private final CapturedRuns captured;

    /**
     * @param clean {@code ForwardPass.run(model, input)} (the run interventions are measured against)
     * @throws IllegalArgumentException if {@code clean} is a run of another model (a stale trace)
     */
    public InterventionRunner(CompiledModel model, ForwardTrace clean) {
        this(model, clean, new CapturedRuns(model));
    }

    /**
     * A runner sharing {@code captured} (of the same model) with others, so that a corrupted run or
     * a mean is captured once however often the clean input changes.
     *
     * @throws IllegalArgumentException if {@code clean} or {@code captured} belongs to another model
     */
    public InterventionRunner(CompiledModel model, ForwardTrace clean, CapturedRuns captured) {
        if (captured.model() != model) throw new IllegalArgumentException("the captured runs are of another model");
        if (clean.snapshots().size() != SnapshotNumbering.count(model.circuits().size())
                || clean.snapshots().get(0)[0].length != model.config().dModel()) {
            throw new IllegalArgumentException("the clean run is not a run of this model");
        }
        this.model = model;
        this.clean = clean;
        this.written = RunsToComparison.written(model);
        this.captured = captured;
    }

    public CompiledModel model() {
        return model;
    }

    public ForwardTrace clean() {
        return clean;
    }

    /**
     * The clean run with the enabled interventions of the list applied, in order. Interventions whose
     * component is not in this model, or that cannot be applied, are reported in the result.
     */
    public synchronized PatchedRun run(List<Intervention> interventions) {
        List<InterventionProblem> problems = new ArrayList<>();
        Prepared p = prepare(interventions, problems);
        int snapshots = clean.snapshots().size();
        if (p.applied().isEmpty()) return new PatchedRun(clean, List.of(), problems, RunComparison.NONE, snapshots);
        InterventionHooks hooks = new InterventionHooks(p.slots());
        int from = hooks.resumeAt(snapshots);
        ResidualRun r = ForwardPass.resume(model, clean.input(), clean, from, hooks);
        ForwardTrace trace = trace(r, p.overrides());
        int[] readAt = new int[written.size()];
        for (int i = 0; i < readAt.length; i++) {
            readAt[i] = written.get(i).snapshot();
            for (Slot s : p.readLater()) {
                if (s instanceof Slot.Residual res && Arrays.equals(res.columns(), written.get(i).readout().columns())) {
                    readAt[i] = Math.max(readAt[i], res.snapshot());
                }
            }
        }
        RunComparison comparison = RunsToComparison.compare(written, readAt, clean.snapshots(), trace.snapshots(),
                clean.decoded(), trace.decoded(), model.output().encoding() == Encoding.NUMERICAL);
        return new PatchedRun(trace, p.applied(), problems, comparison, from);
    }

    /**
     * Just the transformer's patched residual streams, without comparison or evaluation (the sweep).
     *
     * @param fromEmbeddings run every sub-layer again instead of resuming at the first one changed
     *                       (the same bits, more work: what resuming saves is measured against it)
     */
    public synchronized ResidualRun residuals(List<Intervention> interventions, boolean fromEmbeddings) {
        Prepared p = prepare(interventions, new ArrayList<>());
        InterventionHooks hooks = new InterventionHooks(p.slots());
        int from = fromEmbeddings ? 0 : hooks.resumeAt(clean.snapshots().size());
        return ForwardPass.resume(model, clean.input(), from == 0 ? null : clean, from, hooks);
    }

    /**
     * What a list turns into: the interventions applied (as located), the slot settings, the
     * subspace slots read later than where their S-op is written, and the program-side overrides of
     * written values.
     */
    private record Prepared(List<Intervention> applied, List<InterventionHooks.Applied> slots, List<Slot> readLater,
                            List<ValueOverride> overrides) {
    }

    private Prepared prepare(List<Intervention> interventions, List<InterventionProblem> problems) {
        List<Intervention> enabled = interventions.stream().filter(Intervention::enabled).toList();
        Resolution res = InterventionsToModel.resolve(model, written, enabled);
        problems.addAll(res.missing());
        List<Intervention> applied = new ArrayList<>();
        List<InterventionHooks.Applied> slots = new ArrayList<>();
        List<Slot> later = new ArrayList<>();
        List<ValueOverride> overrides = new ArrayList<>();
        int rowCount = clean.input().size() + 1;
        for (Intervention i : res.kept()) {
            boolean write = i.action() instanceof InterventionAction.WriteValue;
            int[] rows = i.positions().resolve(rowCount, !write);
            if (rows.length == 0) {
                problems.add(new InterventionProblem(i, InterventionProblem.Kind.INVALID, i.positions().everyRow()
                        ? "the input is empty: there is no position to write to"
                        : "none of the rows " + i.positions().label() + " is in the input (rows 0.." + (rowCount - 1) + ")"));
                continue;
            }
            if (!i.positions().everyRow() && rows.length < i.positions().rows().size()) {
                problems.add(new InterventionProblem(i, InterventionProblem.Kind.PARTIAL,
                        "rows past the input's last row " + (rowCount - 1) + " are left out"));
            }
            List<Slot> targetSlots = InterventionsToModel.slots(model, written, i.target());
            if (targetSlots.isEmpty()) {
                problems.add(new InterventionProblem(i, InterventionProblem.Kind.INVALID,
                        i.target().label() + " computes nothing in this model: there is nothing to change"));
                continue;
            }
            List<InterventionHooks.Applied> made = new ArrayList<>();
            String problem = null;
            for (Slot slot : targetSlots) {
                Action a = action(i, slot, rows);
                if (a.problem() != null) {
                    problem = a.problem();
                    break;
                }
                made.add(new InterventionHooks.Applied(slot, rows, a.values()));
                if (a.partial() != null && made.size() == 1) {
                    problems.add(new InterventionProblem(i, InterventionProblem.Kind.PARTIAL, a.partial()));
                }
            }
            if (problem != null) {
                problems.add(new InterventionProblem(i, InterventionProblem.Kind.INVALID, problem));
                continue;
            }
            applied.add(i);
            slots.addAll(made);
            if (i.target() instanceof InterventionTarget.SOpSubspace s) {
                later.addAll(targetSlots);
                if (i.action() instanceof InterventionAction.WriteValue v) overrides.addAll(overrides(s, rows, v));
            }
        }
        return new Prepared(applied, slots, later, overrides);
    }

    /** How an action sets one slot, or why it cannot; {@code partial} says which rows it leaves. */
    private record Action(RowValues values, String problem, String partial) {
        static Action ok(RowValues v) {
            return new Action(v, null, null);
        }

        static Action invalid(String why) {
            return new Action(null, why, null);
        }
    }

    private Action action(Intervention i, Slot slot, int[] rows) {
        InterventionAction action = i.action();
        if (action instanceof InterventionAction.Zero) {
            int width = slot.width();
            return Action.ok(row -> new double[width]);
        }
        if (action instanceof InterventionAction.ReplaceFrom f) {
            String bad = inputProblem(f.input());
            if (bad != null) return Action.invalid("the input to patch from " + bad);
            Activations a = captured.of(f.input());
            return fromActivations(a, slot, rows, "the input patched from has no row ");
        }
        if (action instanceof InterventionAction.Mean m) {
            if (m.inputs().isEmpty()) return Action.invalid("a mean needs at least one input");
            for (int k = 0; k < m.inputs().size(); k++) {
                String bad = inputProblem(m.inputs().get(k));
                if (bad != null) return Action.invalid("mean input " + (k + 1) + " " + bad);
            }
            Activations a = captured.meanOf(m.inputs());
            return fromActivations(a, slot, rows, "no input of the mean has row ");
        }
        InterventionAction.WriteValue w = (InterventionAction.WriteValue) action;
        if (!(i.target() instanceof InterventionTarget.SOpSubspace s)) {
            return Action.invalid("a value can be written only into an S-op's subspace, not into " + i.target().label());
        }
        SOpReadout readout = InterventionsToModel.find(written, s.sop()).orElseThrow().readout();
        double[] vector = new double[slot.width()];
        if (readout.isNumerical()) {
            if (!(w.value() instanceof NumericValue n)) {
                return Action.invalid(s.sop() + " is numerical: it holds a number, not " + w.value().repr());
            }
            vector[0] = n.asDouble();
        } else {
            int at = readout.values().indexOf(w.value());
            if (at < 0) {
                return Action.invalid(s.sop() + " has no direction for " + w.value().repr() + " (its values: "
                        + String.join(", ", readout.values().stream().map(Value::repr).toList()) + ")");
            }
            vector[at] = 1;
        }
        return Action.ok(row -> vector.clone());
    }

    private static Action fromActivations(Activations a, Slot slot, int[] rows, String lacking) {
        List<Integer> missing = new ArrayList<>();
        for (int r : rows) {
            if (r >= a.rows()) missing.add(r);
        }
        RowValues v = row -> a.read(slot, row);
        if (missing.isEmpty()) return Action.ok(v);
        return new Action(v, null, lacking + missing + ": those rows keep their clean values");
    }

    /** Why the model cannot run {@code input}, in the user's terms ("is ..."), or null. */
    private String inputProblem(List<Value> input) {
        List<Diagnostic> problems = InputChecker.check(input, model.program().settings());
        return problems.isEmpty() ? null : "is not an input of this model: " + problems.get(0).message();
    }

    /** The program-side counterpart of writing a value where the S-op is written (or later). */
    private List<ValueOverride> overrides(InterventionTarget.SOpSubspace s, int[] rows, InterventionAction.WriteValue w) {
        RunsToComparison.Written where = InterventionsToModel.find(written, s.sop()).orElseThrow();
        var sop = where.sop();
        if (s.snapshot().orElse(where.snapshot()) < where.snapshot()) return List.of();
        List<ValueOverride> out = new ArrayList<>();
        for (int r : rows) {
            if (r >= 1) out.add(new ValueOverride(sop, r - 1, w.value()));
        }
        return out;
    }

    private ForwardTrace trace(ResidualRun r, List<ValueOverride> overrides) {
        if (overrides.isEmpty()) {
            return new ForwardTrace(clean.input(), r.snapshots(), r.attention(), r.decoded(), clean.evaluated(),
                    clean.warnings(), clean.evaluation());
        }
        Evaluation e = Evaluator.evaluate(model.program(), clean.input(), overrides);
        List<Diagnostic> warnings = new ArrayList<>(DynamicValidator.run(model.output().sop(), e));
        warnings.addAll(NumericalMlpInputs.run(e, model::valueSetOf));
        return new ForwardTrace(clean.input(), r.snapshots(), r.attention(), r.decoded(), e.output(), warnings, e);
    }
}
