package org.raspworkbench.core.circuits;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;

/**
 * One head's QK and OV circuits, and the S-ops they are in terms of.
 *
 * @param head     the head's index in its layer (Tracr's head order, TransformerLens's head index)
 * @param sop      the S-op the head computes
 * @param querySop the select's queries
 * @param keySop   the select's keys
 * @param valueSop what the head averages (empty for a selector width, which averages BOS)
 */
public record HeadGrids(int layer, int head, SOp sop, HeadRole role, SOp querySop, SOp keySop, Optional<SOp> valueSop,
                        QkGrid qk, OvGrid ov) {
    /** {@code L0.H1}, as the figures and the export name the head. */
    public String name() {
        return "L" + layer + ".H" + head;
    }
}
