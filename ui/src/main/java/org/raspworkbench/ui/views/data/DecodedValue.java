package org.raspworkbench.ui.views.data;

import java.util.Optional;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * One S-op at one position of one snapshot: what the residual decodes to (the argmax value for a
 * categorical S-op, empty when none of its directions is on; the number for a numerical one),
 * what the program says, and the verdict.
 */
public record DecodedValue(SOp sop, Optional<Value> decoded, Optional<Value> expected, Verdict verdict) {
}
