package org.raspworkbench.core.intervention;

import org.raspworkbench.core.value.Value;

/** A value that differs between the clean and the patched run at one residual row (0 = BOS, p + 1 = position p). */
public record ValueChange(int row, Value clean, Value patched) {
}
