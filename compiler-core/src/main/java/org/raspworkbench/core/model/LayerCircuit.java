package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;

/**
 * A layer's blocks in compact form: its heads (in Tracr's head order) and the parts of its
 * combined MLP, whose hidden units are {@code hiddenUnits} (Tracr's sorted order, the weight
 * columns).
 */
public record LayerCircuit(int layer, List<HeadCircuit> heads, List<MlpPart> mlp, List<BasisDirection> hiddenUnits) {
    public LayerCircuit {
        heads = List.copyOf(heads);
        mlp = List.copyOf(mlp);
        hiddenUnits = List.copyOf(hiddenUnits);
    }
}
