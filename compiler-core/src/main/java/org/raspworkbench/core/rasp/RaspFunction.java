package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.Value;

/**
 * A user function on plain values (a lambda or def from the program, or an operator the language
 * lifted). Throws {@link org.raspworkbench.core.source.ArithmeticFailure} for Python's
 * ArithmeticError and {@link RaspException} for any other failure, each with the range of the text
 * that failed.
 */
@FunctionalInterface
public interface RaspFunction {
    Value apply(List<Value> args) throws RaspException;

    /**
     * As {@link #apply(List)}, charging {@code meter} with the call's work (its interpreter steps
     * plus {@link WorkBudget#CALL_COST}), also when the call fails.
     */
    default Value apply(List<Value> args, WorkMeter meter) {
        meter.charge(WorkBudget.CALL_COST + 1);
        return apply(args);
    }

    default Value apply(Value x) {
        return apply(List.of(x));
    }

    default Value apply(Value x, Value y) {
        return apply(List.of(x, y));
    }
}
