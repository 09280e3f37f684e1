package org.raspworkbench.ui.views.intervention;

import java.util.Set;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * What the views outline while interventions are on: the S-ops whose head, MLP or subspace is
 * intervened on, the sub-layers ablated as a whole, and the S-ops whose value the patched run
 * changed against the clean one (by name: names survive a recompile, S-op objects do not).
 */
public record PatchMarks(Set<String> intervenedSops, Set<SubLayer> intervenedSubLayers, Set<String> changedSops) {
    public static final PatchMarks NONE = new PatchMarks(Set.of(), Set.of(), Set.of());

    public PatchMarks {
        intervenedSops = Set.copyOf(intervenedSops);
        intervenedSubLayers = Set.copyOf(intervenedSubLayers);
        changedSops = Set.copyOf(changedSops);
    }

    public boolean intervened(String sop) {
        return intervenedSops.contains(sop);
    }

    public boolean intervened(SubLayer subLayer) {
        return intervenedSubLayers.contains(subLayer);
    }

    public boolean changed(String sop) {
        return changedSops.contains(sop);
    }
}
