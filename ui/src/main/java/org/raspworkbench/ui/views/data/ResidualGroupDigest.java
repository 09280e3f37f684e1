package org.raspworkbench.ui.views.data;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;

/**
 * The residual directions that share a name: the S-op's own directions, or a helper direction
 * it owns ({@code auxiliary}, such as a selector width's attention output), or {@code one}.
 * {@code columns} are indices into the residual stream, in stream order.
 */
public record ResidualGroupDigest(String name, Optional<SOp> owner, boolean auxiliary, List<Integer> columns,
                            List<BasisDirection> directions) {
    public ResidualGroupDigest {
        columns = List.copyOf(columns);
        directions = List.copyOf(directions);
    }

    /** True when the group is an S-op's value encoding (not {@code one}, not a helper). */
    public boolean isValueEncoding() {
        return owner.isPresent() && !auxiliary;
    }
}
