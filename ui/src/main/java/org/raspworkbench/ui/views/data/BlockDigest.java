package org.raspworkbench.ui.views.data;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;

/**
 * What one sub-layer does: the S-ops it computes (for attention, in head order) and how many
 * units it uses (heads for attention, hidden neurons for an MLP). An empty block computes nothing.
 */
public record BlockDigest(SubLayer subLayer, int units, List<SOp> sops) {
    public BlockDigest {
        sops = List.copyOf(sops);
    }

    public boolean isEmpty() {
        return sops.isEmpty() && units == 0;
    }

    public boolean computes(SOp sop) {
        for (SOp s : sops) if (SopIdentity.same(s, sop)) return true;
        return false;
    }
}
