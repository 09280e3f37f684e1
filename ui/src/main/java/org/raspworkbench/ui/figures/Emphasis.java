package org.raspworkbench.ui.figures;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a residual figure stresses: the S-op selected across the IDE's views, the directions the
 * last debugger step wrote (row indices, in figure order) and the program's output S-op, whose
 * rows are marked, and in a strip the panel of the debugger's current snapshot.
 */
public record Emphasis(Optional<String> selectedSop, Set<Integer> writtenDirections, Optional<String> outputSop,
                       OptionalInt currentPanel) {
    public static final Emphasis NONE = new Emphasis(Optional.empty(), Set.of(), Optional.empty(), OptionalInt.empty());

    public Emphasis {
        writtenDirections = Set.copyOf(writtenDirections);
    }

    public Emphasis(Optional<String> selectedSop, Set<Integer> writtenDirections) {
        this(selectedSop, writtenDirections, Optional.empty(), OptionalInt.empty());
    }

    public Emphasis withSelectedSop(String sop) {
        return new Emphasis(Optional.ofNullable(sop), writtenDirections, outputSop, currentPanel);
    }

    public Emphasis withWrittenDirections(Set<Integer> directions) {
        return new Emphasis(selectedSop, directions, outputSop, currentPanel);
    }

    public Emphasis withOutputSop(String sop) {
        return new Emphasis(selectedSop, writtenDirections, Optional.ofNullable(sop), currentPanel);
    }

    public Emphasis withCurrentPanel(int panel) {
        return new Emphasis(selectedSop, writtenDirections, outputSop, panel < 0 ? OptionalInt.empty() : OptionalInt.of(panel));
    }
}
