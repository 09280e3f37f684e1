package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;

/**
 * What one sub-layer computes. For attention, {@code width} is the number of heads used and
 * {@code sops.get(h)} is the S-op head {@code h} computes (a selector width's S-op appears here and
 * in the MLP right after it); {@code hiddenUnits} is empty. For an MLP, {@code width} is the number
 * of hidden units used, {@code sops} the S-ops whose MLPs Tracr combined into this one (in
 * allocation order) and {@code hiddenUnits} the labels of those units in weight-column order.
 */
public record LayerBlock(int layer, BlockKind kind, int width, List<SOp> sops, List<BasisDirection> hiddenUnits) {
    public LayerBlock {
        sops = List.copyOf(sops);
        hiddenUnits = List.copyOf(hiddenUnits);
    }
}
