package org.raspworkbench.core.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.model.SnapshotNumbering;

/**
 * Finds each intervention's component in a model: where it was if it is still there, else by what
 * it computes (a head or MLP part by its S-op's name, wherever the allocation now puts it; a
 * subspace by its S-op; a sub-layer by layer and kind). This is how interventions survive
 * recompilation; the ones whose component no longer exists are reported, not dropped silently.
 */
public final class InterventionsToModel {
    private InterventionsToModel() {
    }

    /** Every intervention (enabled or not) matched against {@code model}. */
    public static Resolution resolve(CompiledModel model, List<Intervention> interventions) {
        return resolve(model, RunsToComparison.written(model), interventions);
    }

    /** As {@link #resolve(CompiledModel, List)} with the model's S-ops where written already listed. */
    static Resolution resolve(CompiledModel model, List<RunsToComparison.Written> written, List<Intervention> interventions) {
        List<Intervention> kept = new ArrayList<>();
        List<InterventionProblem> missing = new ArrayList<>();
        for (Intervention i : interventions) {
            Located l = locate(model, written, i.target());
            if (l.target().isPresent()) {
                kept.add(i.withTarget(l.target().get()));
            } else {
                missing.add(new InterventionProblem(i, InterventionProblem.Kind.MISSING, l.why()));
            }
        }
        return new Resolution(kept, missing);
    }

    /** The target as it is in {@code model}, or why it is not there. */
    record Located(Optional<InterventionTarget> target, String why) {
        static Located found(InterventionTarget t) {
            return new Located(Optional.of(t), "");
        }

        static Located gone(String why) {
            return new Located(Optional.empty(), why);
        }
    }

    static Located locate(CompiledModel model, List<RunsToComparison.Written> written, InterventionTarget target) {
        List<LayerCircuit> layers = model.circuits();
        if (target instanceof InterventionTarget.Head h) {
            if (h.layer() >= 0 && h.layer() < layers.size() && h.head() >= 0
                    && h.head() < layers.get(h.layer()).heads().size()
                    && layers.get(h.layer()).heads().get(h.head()).sop().name().equals(h.sop())) {
                return Located.found(h);
            }
            for (LayerCircuit layer : layers) {
                for (int j = 0; j < layer.heads().size(); j++) {
                    if (layer.heads().get(j).sop().name().equals(h.sop())) {
                        return Located.found(new InterventionTarget.Head(layer.layer(), j, h.sop()));
                    }
                }
            }
            return Located.gone("no head computes " + h.sop() + " any more");
        }
        if (target instanceof InterventionTarget.Mlp m) {
            if (m.layer() >= 0 && m.layer() < layers.size() && partIndex(layers.get(m.layer()), m.sop()) >= 0) {
                return Located.found(m);
            }
            for (LayerCircuit layer : layers) {
                if (partIndex(layer, m.sop()) >= 0) return Located.found(new InterventionTarget.Mlp(layer.layer(), m.sop()));
            }
            return Located.gone("no MLP computes " + m.sop() + " any more");
        }
        if (target instanceof InterventionTarget.SubLayer s) {
            if (s.layer() >= 0 && s.layer() < layers.size()) return Located.found(s);
            return Located.gone("the model has " + layers.size() + " layers, so there is no layer " + s.layer());
        }
        InterventionTarget.SOpSubspace s = (InterventionTarget.SOpSubspace) target;
        if (find(written, s.sop()).isEmpty()) return Located.gone("the residual stream has no directions for " + s.sop());
        int count = SnapshotNumbering.count(layers.size());
        if (s.snapshot().isPresent() && (s.snapshot().getAsInt() < 0 || s.snapshot().getAsInt() >= count)) {
            return Located.gone("the model has snapshots 0.." + (count - 1) + ", so there is no snapshot "
                    + s.snapshot().getAsInt());
        }
        return Located.found(s);
    }

    /**
     * The slots a located target covers in {@code model}: its head, its MLP part, every head or
     * part of its sub-layer, or its S-op's columns at the snapshot it names or where it is written.
     */
    static List<Slot> slots(CompiledModel model, List<RunsToComparison.Written> written, InterventionTarget target) {
        List<Slot> out = new ArrayList<>();
        if (target instanceof InterventionTarget.Head h) {
            HeadCircuit c = model.circuits().get(h.layer()).heads().get(h.head());
            out.add(new Slot.HeadOutput(h.layer(), h.head(), c.output().length));
        } else if (target instanceof InterventionTarget.Mlp m) {
            LayerCircuit layer = model.circuits().get(m.layer());
            int i = partIndex(layer, m.sop());
            out.add(new Slot.MlpOutput(m.layer(), i, layer.mlp().get(i).output().length));
        } else if (target instanceof InterventionTarget.SubLayer s) {
            LayerCircuit layer = model.circuits().get(s.layer());
            if (s.kind() == BlockKind.ATTENTION) {
                for (int j = 0; j < layer.heads().size(); j++) {
                    out.add(new Slot.HeadOutput(s.layer(), j, layer.heads().get(j).output().length));
                }
            } else {
                for (int j = 0; j < layer.mlp().size(); j++) {
                    out.add(new Slot.MlpOutput(s.layer(), j, layer.mlp().get(j).output().length));
                }
            }
        } else {
            InterventionTarget.SOpSubspace s = (InterventionTarget.SOpSubspace) target;
            RunsToComparison.Written w = find(written, s.sop()).orElseThrow();
            int[] cols = w.readout().columns();
            int snapshot = s.snapshot().orElse(w.snapshot());
            out.add(new Slot.Residual(snapshot, cols));
        }
        return out;
    }

    /** The S-op named {@code name} among those the residual holds. */
    static Optional<RunsToComparison.Written> find(List<RunsToComparison.Written> written, String name) {
        for (RunsToComparison.Written w : written) {
            if (w.sop().name().equals(name)) return Optional.of(w);
        }
        return Optional.empty();
    }

    private static int partIndex(LayerCircuit layer, String sop) {
        List<MlpPart> parts = layer.mlp();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).sop().name().equals(sop)) return i;
        }
        return -1;
    }
}
