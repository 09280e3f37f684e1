package org.raspworkbench.core.verification;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * The smallest decode margin of one S-op over the checked inputs, and where it occurs. For a
 * categorical S-op it is the entry of the program's value minus the largest other entry; for a
 * numerical one the distance from the decoded number to the nearest other value of its value set,
 * minus its distance to the program's value. Negative means it decodes wrongly there.
 *
 * @param position the input position (0 = first token after the BOS)
 */
public record Margin(SOp sop, double minMargin, List<Value> input, int position) {
    public Margin {
        input = List.copyOf(input);
    }
}
