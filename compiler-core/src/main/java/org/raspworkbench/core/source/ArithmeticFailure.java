package org.raspworkbench.core.source;

/**
 * A Python ArithmeticError (division by zero, overflow) raised inside a user function. The value-set
 * pass drops the value that caused it, as Tracr does; anywhere else it is an ordinary error.
 */
public final class ArithmeticFailure extends RaspException {
    public ArithmeticFailure(String message, SourceRange range) {
        super(ErrorKind.VALUE, message, range);
    }
}
