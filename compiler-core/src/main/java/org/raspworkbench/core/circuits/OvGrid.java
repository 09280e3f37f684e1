package org.raspworkbench.core.circuits;

import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;

/**
 * A head's OV circuit in the program's basis: {@code values[i][o]} is what a key position holding
 * {@code inputs.get(i)} adds to output direction {@code outputs.get(o)} when the head attends to it
 * fully ({@code x W_V W_O}). The BOS input row is there because every query attends to BOS a little
 * (or, for a selector width, reads its width from it).
 */
public record OvGrid(List<AxisEntry> inputs, List<BasisDirection> outputs, double[][] values) {
    public OvGrid {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
