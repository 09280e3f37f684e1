package org.raspworkbench.ui.figures;

import java.util.Optional;
import java.util.Set;

/**
 * What a residual figure stresses: the S-op selected across the IDE's views, and the directions the
 * last debugger step wrote (indices into the residual, in figure order).
 */
public record Emphasis(Optional<String> selectedSop, Set<Integer> writtenDirections) {
    public static final Emphasis NONE = new Emphasis(Optional.empty(), Set.of());

    public Emphasis {
        writtenDirections = Set.copyOf(writtenDirections);
    }

    public Emphasis withSelectedSop(String sop) {
        return new Emphasis(Optional.ofNullable(sop), writtenDirections);
    }

    public Emphasis withWrittenDirections(Set<Integer> directions) {
        return new Emphasis(selectedSop, directions);
    }
}
