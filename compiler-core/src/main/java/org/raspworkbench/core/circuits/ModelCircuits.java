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

    /** The grids and tables of {@code model}, and the attribution of {@code run} when given. */
    public static ModelCircuits of(CompiledModel model, Optional<ForwardTrace> run) {
        return new ModelCircuits(model, ModelToHeadGrids.run(model), ModelToMlpTables.run(model), run,
                run.map(t -> TraceToAttribution.run(model, t)).orElse(List.of()));
    }
}
