package org.raspworkbench.core.rasp;

import java.util.List;
import java.util.Optional;
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

    /**
     * The plain value that a name in the function's text stands for when it runs, if the function
     * knows it: a parameter's default (evaluated where the function was written), else a variable
     * of the scope it was written in, as it is once the program has run. Lets tools write the
     * function back as text ({@code rasp convert}); the compiler never needs it.
     */
    default Optional<Value> valueOf(String name) {
        return Optional.empty();
    }

    /**
     * For an operator lifted over S-ops ({@code x == c}, {@code a if c else b}): its operands that
     * are not S-ops, in the order they are written; empty for any other function.
     */
    default List<Value> liftedOperands() {
        return List.of();
    }

    /** For a function lifted from one operator ({@code x == c}, {@code not x}, {@code x + y}): which, and on what. */
    default Optional<LiftedOperator> lifted() {
        return Optional.empty();
    }

    default Value apply(Value x) {
        return apply(List.of(x));
    }

    default Value apply(Value x, Value y) {
        return apply(List.of(x, y));
    }
}
