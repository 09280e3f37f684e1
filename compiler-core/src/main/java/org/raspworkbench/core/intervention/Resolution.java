package org.raspworkbench.core.intervention;

import java.util.List;

/**
 * An intervention list matched against a (recompiled) model: {@code kept} holds, in the list's
 * order, each intervention whose component still exists, with its layer and head as they are now;
 * {@code missing} says which ones no longer exist and why.
 */
public record Resolution(List<Intervention> kept, List<InterventionProblem> missing) {
    public Resolution {
        kept = List.copyOf(kept);
        missing = List.copyOf(missing);
    }
}
