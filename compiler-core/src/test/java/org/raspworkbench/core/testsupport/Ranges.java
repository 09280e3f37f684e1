package org.raspworkbench.core.testsupport;

import org.raspworkbench.core.source.Diagnostic;

/** Ranges written compactly, for exact assertions. */
public final class Ranges {
    private Ranges() {
    }

    /** "line:col-line:col" of a diagnostic. */
    public static String at(Diagnostic d) {
        return d.range().start().line() + ":" + d.range().start().column() + "-" + d.range().end().line() + ":"
                + d.range().end().column();
    }
}
