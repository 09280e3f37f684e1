package org.raspworkbench.core.circuits;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;

/**
 * Every circuit of a model: its heads' grids, its MLPs' tables, and, for one run, the direct
 * attribution at each position.
 *
 * @param run         the run attributed (its input), if one was given
 * @param attribution one entry per input position of {@code run}; empty without a run
 */
public record ModelCircuits(CompiledModel model, List<HeadGrids> heads, List<MlpTable> mlps, Optional<ForwardTrace> run,
                            List<PositionAttribution> attribution) {
    public ModelCircuits {
        heads = List.copyOf(heads);
        mlps = List.copyOf(mlps);
        attribution = List.copyOf(attribution);
    }

    /** Head {@code head} of layer {@code layer}, if the layer uses it. */
    public Optional<HeadGrids> head(int layer, int head) {
        return heads.stream().filter(h -> h.layer() == layer && h.head() == head).findFirst();
    }

    /** The tables of layer {@code layer}'s MLP, one per S-op it computes. */
    public List<MlpTable> mlpsIn(int layer) {
        return mlps.stream().filter(t -> t.layer() == layer).toList();
    }

    /** The table of the MLP that computes the S-op named {@code sop}. */
    public Optional<MlpTable> mlpOf(String sop) {
        return mlps.stream().filter(t -> t.sop().name().equals(sop)).findFirst();
    }

    /** The attribution at sequence position {@code position} (1 = the first input token). */
    public Optional<PositionAttribution> attributionAt(int position) {
        return attribution.stream().filter(a -> a.position() == position).findFirst();
    }

    /** The grids and tables of {@code model}, and the attribution of {@code run} when given. */
    public static ModelCircuits of(CompiledModel model, Optional<ForwardTrace> run) {
        return new ModelCircuits(model, ModelToHeadGrids.run(model), ModelToMlpTables.run(model), run,
                run.map(t -> TraceToAttribution.run(model, t)).orElse(List.of()));
    }
}
