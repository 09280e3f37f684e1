package org.raspworkbench.core.value;

/**
 * A Python exception raised by an operation on values ({@link PythonOps}). It carries no source
 * range: whoever ran the operation knows the text and turns it into a diagnostic.
 */
public final class PythonError extends RuntimeException {
    /** Which Python exception it stands for, as far as a user needs to know. */
    public enum Kind {
        /** TypeError. */
        TYPE,
        /** ValueError, IndexError, KeyError. */
        VALUE,
        /** ArithmeticError: ZeroDivisionError, OverflowError. */
        ARITHMETIC,
        /** A result this implementation cannot hold (an int beyond 64 bits, a huge list). */
        LIMIT
    }

    private final Kind kind;

    public PythonError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static PythonError type(String message) {
        return new PythonError(Kind.TYPE, message);
    }

    public static PythonError value(String message) {
        return new PythonError(Kind.VALUE, message);
    }

    public static PythonError arithmetic(String message) {
        return new PythonError(Kind.ARITHMETIC, message);
    }

    public static PythonError limit(String message) {
        return new PythonError(Kind.LIMIT, message);
    }
}
