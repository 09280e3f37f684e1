package org.raspworkbench.core.intervention;

import org.raspworkbench.core.value.Value;

/**
 * What one patch did to the output at one residual row.
 *
 * @param clean    the clean run's output there
 * @param patched  the patched run's output there
 * @param changed  whether the patched output differs from the clean one
 * @param delta    for a categorical output, how much the patch moved the clean answer's output
 *                 direction (its logit: Tracr's unembedding reads the direction itself); for a
 *                 numerical one, how much it moved the value
 * @param fraction {@code delta} over what the corrupted run moves it by: 0 no effect, 1 as much as
 *                 running the corrupted input; NaN where the corrupted run does not move it
 */
public record OutputEffect(int row, Value clean, Value patched, boolean changed, double delta, double fraction) {
}
