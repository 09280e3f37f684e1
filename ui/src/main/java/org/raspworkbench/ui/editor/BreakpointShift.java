package org.raspworkbench.ui.editor;

import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps breakpoints on their lines while text above them changes: an edit that adds or removes
 * line breaks moves the breakpoints after it, and drops the ones on lines it deleted.
 */
public final class BreakpointShift {
    private BreakpointShift() {
    }

    /**
     * @param line    the 1-based line where the edit starts
     * @param column  the 0-based column where it starts
     * @param removed line breaks the edit removed
     * @param added   line breaks the edit inserted
     */
    public static Set<Integer> shift(Set<Integer> breakpoints, int line, int column, int removed, int added) {
        Set<Integer> out = new TreeSet<>();
        // An edit at the very start of a line pushes that line down too.
        int firstMoved = column == 0 ? line : line + 1;
        for (int b : breakpoints) {
            if (b < firstMoved) out.add(b);
            else if (b >= firstMoved + removed) out.add(b - removed + added);
        }
        return out;
    }
}
