package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.rasp.SOp;

/**
 * An S-op whose decoded value differs between the clean and the patched run.
 *
 * @param snapshot where both were decoded: the snapshot its sub-layer writes (0 for tokens and
 *                 indices), or a later one where an intervention set its subspace
 * @param rows     the rows that differ, ascending
 */
public record SOpChange(SOp sop, int snapshot, List<ValueChange> rows) {
    public SOpChange {
        rows = List.copyOf(rows);
    }
}
