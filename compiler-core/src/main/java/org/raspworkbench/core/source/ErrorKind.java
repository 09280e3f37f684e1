package org.raspworkbench.core.source;

/**
 * The kinds of problem the language reference promises; each prints in lower case. {@code INTERNAL}
 * is a bug of ours, never the program's: its stack trace is in the log (see {@link InternalErrors}).
 */
public enum ErrorKind {
    SYNTAX, NAME, TYPE, VALUE, UNSUPPORTED, LIMIT, INTERNAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
