package org.raspworkbench.core.source;

/** The kinds of problem the language reference promises; each prints in lower case. */
public enum ErrorKind {
    SYNTAX, NAME, TYPE, VALUE, UNSUPPORTED, LIMIT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
