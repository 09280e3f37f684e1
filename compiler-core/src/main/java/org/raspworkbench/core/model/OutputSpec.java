package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.SOp;

/**
 * The S-op the model outputs and how it is read out: {@code unembedding} lists the output
 * directions in the unembedding's column order (argmax over them for categorical, the single
 * direction's value for numerical).
 */
public record OutputSpec(SOp sop, Encoding encoding, List<BasisDirection> unembedding) {
    public OutputSpec {
        unembedding = List.copyOf(unembedding);
    }
}
