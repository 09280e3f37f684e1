package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.value.Value;

/**
 * What the transformer computed on one input, without the RASP evaluation beside it (a resumed
 * or hooked pass, {@link ForwardPass#resume}).
 *
 * @param snapshots every residual snapshot, as in {@link ForwardTrace#snapshots()}; those before
 *                  the snapshot a pass resumed at are the arrays of the trace it resumed from
 * @param attention per layer and head the attention weights, as in {@link ForwardTrace#attention()}
 * @param decoded   the output per position, BOS first, as in {@link ForwardTrace#decoded()}
 */
public record ResidualRun(List<double[][]> snapshots, List<List<double[][]>> attention, List<Value> decoded) {
    public ResidualRun {
        snapshots = List.copyOf(snapshots);
        attention = List.copyOf(attention);
        decoded = List.copyOf(decoded);
    }
}
