package org.raspworkbench.core.model;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;

/**
 * A contiguous run {@code [from, to)} of residual directions sharing one name. {@code owner} is the
 * S-op that writes them (empty for {@code one}, and for {@code indices} when the program never
 * reads positions: Tracr still embeds them).
 */
public record ResidualGroup(String name, Optional<SOp> owner, GroupRole role, int from, int to) {
    public int size() {
        return to - from;
    }
}
