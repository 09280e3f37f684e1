package org.raspworkbench.core.verification;

import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * When a decoded value counts as the program's: a number within the tolerance (relative above 1,
 * as {@code golden_compare.py} compares), anything else only if it is the value itself.
 */
public record ValueAgreement(double tolerance) {
    public boolean agrees(Value model, Value program, boolean numerical) {
        if (numerical && model instanceof NumericValue m && program instanceof NumericValue p) {
            double want = p.asDouble();
            return Math.abs(m.asDouble() - want) <= tolerance * Math.max(1.0, Math.abs(want));
        }
        return model.equals(program);
    }
}
