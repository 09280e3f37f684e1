package org.raspworkbench.core.evaluation;

import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/** The value an evaluation gives an S-op at one input position (from 0) instead of the computed one. */
public record ValueOverride(SOp sop, int position, Value value) {
}
