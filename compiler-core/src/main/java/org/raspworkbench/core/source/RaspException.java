package org.raspworkbench.core.source;

/**
 * Unwinds a pass when the program cannot go on. Passes catch it at their boundary and hand the
 * {@link Diagnostic} on as a value; it never reaches a caller of the public API.
 */
public class RaspException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public RaspException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public RaspException(ErrorKind kind, String message, SourceRange range) {
        this(Diagnostic.error(kind, message, range));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
