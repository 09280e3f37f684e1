package org.raspworkbench.core.intervention;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;

/**
 * What an intervention changed against the clean run: the S-ops whose decoded value changed (in
 * the order the model writes them) and the output rows that changed.
 */
public record RunComparison(List<SOpChange> sops, List<ValueChange> output) {
    public static final RunComparison NONE = new RunComparison(List.of(), List.of());

    public RunComparison {
        sops = List.copyOf(sops);
        output = List.copyOf(output);
    }

    public boolean unchanged() {
        return sops.isEmpty() && output.isEmpty();
    }

    /** The change of one S-op, if it changed. */
    public Optional<SOpChange> of(SOp sop) {
        return sops.stream().filter(c -> c.sop().id() == sop.id()).findFirst();
    }

    /** The names of the S-ops that changed. */
    public List<String> changedNames() {
        return sops.stream().map(c -> c.sop().name()).toList();
    }
}
