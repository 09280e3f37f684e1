package org.raspworkbench.ui.views.intervention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.intervention.CapturedRuns;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionAction;
import org.raspworkbench.core.intervention.InterventionProblem;
import org.raspworkbench.core.intervention.InterventionRunner;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.InterventionsToModel;
import org.raspworkbench.core.intervention.PatchSweep;
import org.raspworkbench.core.intervention.PatchedRun;
import org.raspworkbench.core.intervention.SweepResult;
import org.raspworkbench.core.intervention.ValueChange;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.Digests;
import org.raspworkbench.ui.views.data.ExpectedValues;
import org.raspworkbench.ui.views.data.SubLayer;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The patched run with core's {@link InterventionRunner}: reads the corrupted input and runs the
 * model on it, points every "patch from corrupted" at the corrupted input now in the field,
 * re-resolves the list against the model (so a recompiled program keeps what still exists), runs
 * the enabled interventions, and digests the patched trace for the views. One runner is kept per
 * model and clean run, so editing the list reruns only from the first sub-layer it changes, and
 * one capture of corrupted runs and means per model, so changing the example input does not
 * recompute a mean.
 * Called on one background thread at a time.
 */
public final class CorePatchComputation implements PatchComputation {
    private InterventionRunner runner;
    /** The corrupted runs and means patches copy from: kept per model, while the clean input changes. */
    private CapturedRuns captured;
    private CorruptedRun lastCorrupted = CorruptedRun.NONE;
    private CompiledModel lastCorruptedModel;

    @Override
    public PatchOutcome compute(PatchRequest request) {
        CompiledModel model = request.compiled().model().orElseThrow();
        ForwardTrace clean = request.clean().trace().orElseThrow();
        CorruptedRun corrupted = corrupted(model, request.corruptedText());
        List<Intervention> asked = new ArrayList<>();
        List<Optional<String>> problems = new ArrayList<>();
        for (InterventionEntry e : request.entries()) {
            Intervention i = e.intervention();
            Optional<String> problem = Optional.empty();
            if (i.action() instanceof InterventionAction.ReplaceFrom) {
                if (corrupted.input().isPresent()) {
                    i = new Intervention(i.target(), new InterventionAction.ReplaceFrom(corrupted.input().get()),
                            i.positions(), i.enabled());
                } else {
                    problem = Optional.of("no corrupted input to patch from");
                }
            }
            asked.add(i);
            problems.add(problem);
        }
        // Disabled ones too: the list says which still exist in this model.
        for (InterventionProblem p : InterventionsToModel.resolve(model, asked).missing()) {
            int k = indexOf(asked, p.intervention());
            if (k >= 0 && problems.get(k).isEmpty()) problems.set(k, Optional.of(p.message()));
        }
        List<Intervention> toRun = new ArrayList<>();
        for (int k = 0; k < asked.size(); k++) {
            if (asked.get(k).enabled() && problems.get(k).isEmpty()) toRun.add(asked.get(k));
        }
        PatchedRun run = runner(model, clean).run(toRun);
        for (InterventionProblem p : run.problems()) {
            int k = indexOf(asked, p.intervention());
            if (k >= 0 && problems.get(k).isEmpty()) {
                problems.set(k, Optional.of(p.kind() == InterventionProblem.Kind.PARTIAL ? "in part: " + p.message()
                        : p.message()));
            }
        }
        List<InterventionEntry> resolved = new ArrayList<>();
        for (int k = 0; k < asked.size(); k++) resolved.add(request.entries().get(k).withProblem(problems.get(k)));
        if (!run.patched()) {
            return new PatchOutcome(request.compiled(), request.clean(), corrupted, Optional.empty(), Optional.empty(),
                    PatchMarks.NONE,
                    resolved, "", Optional.empty());
        }
        TraceDigest patched = Digests.trace(model, run.trace(), ExpectedValues.of(run.trace().evaluation()));
        return new PatchOutcome(request.compiled(), request.clean(), corrupted, Optional.of(run.trace()),
                Optional.of(patched), marks(run),
                resolved, effect(run), Optional.empty());
    }

    @Override
    public SweepOutcome sweep(PatchRequest request) {
        CompiledModel model = request.compiled().model().orElseThrow();
        ForwardTrace clean = request.clean().trace().orElseThrow();
        CorruptedRun corrupted = corrupted(model, request.corruptedText());
        if (corrupted.trace().isEmpty()) {
            String why = corrupted.errors().isEmpty() ? "Type a corrupted input first: the sweep patches every "
                    + "component from it into the clean run." : "The corrupted input cannot run: " + corrupted.errorText();
            return SweepOutcome.failed(request.compiled(), request.clean(), why);
        }
        SweepResult result = PatchSweep.run(runner(model, clean), corrupted.trace().get());
        return new SweepOutcome(request.compiled(), request.clean(), Optional.of(result), "");
    }

    private InterventionRunner runner(CompiledModel model, ForwardTrace clean) {
        if (runner == null || runner.model() != model || runner.clean() != clean) {
            if (captured == null || captured.model() != model) captured = new CapturedRuns(model);
            runner = new InterventionRunner(model, clean, captured);
        }
        return runner;
    }

    /** The corrupted input read with the one input path and run; kept while the text and model stay. */
    private CorruptedRun corrupted(CompiledModel model, String text) {
        if (text == null || text.isBlank()) return CorruptedRun.NONE;
        if (model == lastCorruptedModel && text.equals(lastCorrupted.text())) return lastCorrupted;
        ParsedInput parsed = InputParser.parse(text, model.program().settings());
        CorruptedRun out = parsed.values().isEmpty()
                ? new CorruptedRun(text, Optional.empty(), Optional.empty(), parsed.errors())
                : new CorruptedRun(text, parsed.values(), Optional.of(ForwardPass.run(model, parsed.values().get())),
                        List.of());
        lastCorruptedModel = model;
        lastCorrupted = out;
        return out;
    }

    /**
     * Where a problem's intervention sits in the list: equal, or (re-located by the runner) the same
     * action and rows on the component of the same S-op or sub-layer.
     */
    private static int indexOf(List<Intervention> list, Intervention found) {
        for (int k = 0; k < list.size(); k++) if (list.get(k).equals(found)) return k;
        for (int k = 0; k < list.size(); k++) {
            Intervention i = list.get(k);
            if (i.action().equals(found.action()) && i.positions().equals(found.positions())
                    && sameComponent(i.target(), found.target())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean sameComponent(InterventionTarget a, InterventionTarget b) {
        if (a.getClass() != b.getClass()) return false;
        return sopOf(a).map(s -> s.equals(sopOf(b).orElse(null))).orElse(a.equals(b));
    }

    private static Optional<String> sopOf(InterventionTarget t) {
        if (t instanceof InterventionTarget.Head h) return Optional.of(h.sop());
        if (t instanceof InterventionTarget.Mlp m) return Optional.of(m.sop());
        if (t instanceof InterventionTarget.SOpSubspace s) return Optional.of(s.sop());
        return Optional.empty();
    }

    static PatchMarks marks(PatchedRun run) {
        Set<String> sops = new HashSet<>();
        Set<SubLayer> subLayers = new HashSet<>();
        for (Intervention i : run.applied()) {
            sopOf(i.target()).ifPresent(sops::add);
            if (i.target() instanceof InterventionTarget.SubLayer s) {
                subLayers.add(new SubLayer(s.layer(), s.kind()));
            }
        }
        return new PatchMarks(sops, subLayers, Set.copyOf(run.comparison().changedNames()));
    }

    /** "output changed at 2 (1 → 3), 3 (2 → 1) · 4 S-ops changed", positions as the Tokens view numbers them. */
    static String effect(PatchedRun run) {
        List<ValueChange> out = run.comparison().output();
        List<String> changed = run.comparison().changedNames();
        StringBuilder sb = new StringBuilder();
        if (out.isEmpty()) {
            sb.append("output unchanged");
        } else {
            sb.append("output changed at ");
            // Runs of neighbouring positions with the same change read as one: "1\u20134 (True \u2192 False)".
            List<String> parts = new ArrayList<>();
            int i = 0;
            while (i < out.size()) {
                ValueChange first = out.get(i);
                int j = i;
                while (j + 1 < out.size() && out.get(j + 1).row() == out.get(j).row() + 1
                        && java.util.Objects.equals(out.get(j + 1).clean(), first.clean())
                        && java.util.Objects.equals(out.get(j + 1).patched(), first.patched())) {
                    j++;
                }
                String rows = j == i ? String.valueOf(first.row()) : first.row() + "\u2013" + out.get(j).row();
                parts.add(rows + " (" + text(first.clean()) + " \u2192 " + text(first.patched()) + ")");
                i = j + 1;
            }
            sb.append(String.join(", ", parts));
        }
        sb.append("  \u00b7  ");
        sb.append(changed.isEmpty() ? "no S-op changed" : changed.size() + (changed.size() == 1 ? " S-op" : " S-ops")
                + " changed: " + String.join(", ", changed));
        return sb.toString();
    }

    private static String text(Value v) {
        return v == null ? "\u2205" : v.repr();
    }
}
