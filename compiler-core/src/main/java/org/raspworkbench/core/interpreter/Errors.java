package org.raspworkbench.core.interpreter;


import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.PythonError;

/** Builds the runner's errors; each names the text it is about. */
public final class Errors {
    private Errors() {
    }

    public static RaspException at(PythonError e, SourceRange range) {
        switch (e.kind()) {
            case ARITHMETIC: return new ArithmeticFailure(e.getMessage(), range);
            case TYPE: return new RaspException(ErrorKind.TYPE, e.getMessage(), range);
            case LIMIT: return new RaspException(ErrorKind.LIMIT, e.getMessage(), range);
            default: return new RaspException(ErrorKind.VALUE, e.getMessage(), range);
        }
    }

    public static RaspException type(String message, SourceRange range) {
        return new RaspException(ErrorKind.TYPE, message, range);
    }

    public static RaspException value(String message, SourceRange range) {
        return new RaspException(ErrorKind.VALUE, message, range);
    }

    static RaspException name(String message, SourceRange range) {
        return new RaspException(ErrorKind.NAME, message, range);
    }

    static RaspException limit(String message, SourceRange range) {
        return new RaspException(ErrorKind.LIMIT, message, range);
    }

    static RaspException syntax(String message, SourceRange range) {
        return new RaspException(ErrorKind.SYNTAX, message, range);
    }

    /** The error for an S-op or selector met inside a function that runs on plain values. */
    public static RaspException raspInPlainFunction(String what, SourceRange range) {
        return type(what + ": functions given to map, sequence_map and select run on the plain value at each "
                + "position, so they cannot use S-ops or selectors", range);
    }
}
