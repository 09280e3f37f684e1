package org.raspworkbench.core.intervention;

import java.util.List;
import org.raspworkbench.core.value.Value;

/**
 * A "patch every component" sweep: every head, every S-op's MLP and every S-op's subspace (where it
 * is written) patched from the corrupted run into the clean run, one at a time.
 *
 * @param clean     the clean input
 * @param corrupted the corrupted input
 * @param cleanOutput     the clean run's output, BOS first
 * @param corruptedOutput the corrupted run's output, BOS first
 * @param cells     in the order of the grid: embedded subspaces first, then per layer its heads, its
 *                  MLPs and the subspaces its sub-layers write
 */
public record SweepResult(List<Value> clean, List<Value> corrupted, List<Value> cleanOutput,
                          List<Value> corruptedOutput, List<SweepCell> cells) {
    public SweepResult {
        clean = List.copyOf(clean);
        corrupted = List.copyOf(corrupted);
        cleanOutput = List.copyOf(cleanOutput);
        corruptedOutput = List.copyOf(corruptedOutput);
        cells = List.copyOf(cells);
    }
}
