package org.raspworkbench.core.fuzz;

import org.raspworkbench.core.source.Diagnostic;

/**
 * Whether a diagnostic is one of our own bugs turned into a diagnostic by a catch-all (the
 * compiler's and the program runner's), whatever kind it was given: the fuzzer counts these as
 * failures, not as answers to the program.
 */
final class InternalErrors {
    private InternalErrors() {
    }

    static boolean isInternal(Diagnostic d) {
        return d.kind().name().equals("INTERNAL") || d.message().startsWith("internal error")
                || d.message().startsWith("the compiler could not build this program");
    }
}
