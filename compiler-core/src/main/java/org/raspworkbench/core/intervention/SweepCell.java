package org.raspworkbench.core.intervention;

import java.util.List;

/**
 * One component of a patching sweep and its effect on the output.
 *
 * @param layer   the layer of the component; -1 for the subspace of an S-op the embeddings write
 * @param kind    which column family of the layer x component grid it belongs to
 * @param effects one per input row (1..n, the BOS left out)
 */
public record SweepCell(InterventionTarget target, int layer, Kind kind, List<OutputEffect> effects) {
    public enum Kind {
        HEAD, MLP, SUBSPACE
    }

    public SweepCell {
        effects = List.copyOf(effects);
    }

    public String label() {
        return target.label();
    }
}
