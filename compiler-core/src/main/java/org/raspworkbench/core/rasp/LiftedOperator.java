package org.raspworkbench.core.rasp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.value.Value;

/**
 * What a function lifted from one operator over S-ops computes, for tools that write it back: the
 * operator as Python writes it ({@code ==}, {@code -}, {@code not}, {@code and}, ...) and its
 * operands in order, each a plain value or empty where the S-op's value goes. {@code c | x} on an
 * S-op is recorded as {@code x or c}, as Tracr's {@code __ror__} computes it.
 */
public record LiftedOperator(String operator, List<Optional<Value>> operands) {
    public LiftedOperator {
        operands = List.copyOf(operands);
    }

    /** A binary operator; a null operand stands for an S-op's value. */
    public static LiftedOperator of(String operator, Value left, Value right) {
        return new LiftedOperator(operator, List.of(Optional.ofNullable(left), Optional.ofNullable(right)));
    }

    /** A unary operator on an S-op's value. */
    public static LiftedOperator unary(String operator) {
        return new LiftedOperator(operator, List.of(Optional.empty()));
    }

    /** The operands that are plain values, in order. */
    public List<Value> plainOperands() {
        List<Value> out = new ArrayList<>();
        for (Optional<Value> o : operands) o.ifPresent(out::add);
        return out;
    }
}
