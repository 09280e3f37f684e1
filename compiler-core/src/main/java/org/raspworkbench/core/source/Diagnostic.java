package org.raspworkbench.core.source;

/** One problem with a program, in the user's terms, anchored to the text that caused it. */
public record Diagnostic(Severity severity, ErrorKind kind, String message, SourceRange range) {
    public static Diagnostic error(ErrorKind kind, String message, SourceRange range) {
        return new Diagnostic(Severity.ERROR, kind, message, range);
    }

    public static Diagnostic warning(ErrorKind kind, String message, SourceRange range) {
        return new Diagnostic(Severity.WARNING, kind, message, range);
    }

    public static Diagnostic note(ErrorKind kind, String message, SourceRange range) {
        return new Diagnostic(Severity.NOTE, kind, message, range);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
