package org.raspworkbench.core.source;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one of our own bugs (an exception no pass meant to throw) into a diagnostic of kind
 * {@code internal}, after logging it with its stack trace. The program is not to blame, so the
 * message says so and names where the trace went; the IDE points it at its log file, the command
 * line at stderr.
 */
public final class InternalErrors {
    private static final Logger LOG = LoggerFactory.getLogger(InternalErrors.class);
    private static volatile String logLocation = "stderr";

    private InternalErrors() {
    }

    /** Where the log goes, as the message shows it: a file's path, or {@code stderr}. */
    public static void logTo(String location) {
        logLocation = Objects.requireNonNull(location);
    }

    public static String logLocation() {
        return logLocation;
    }

    /** Logs {@code failure} while doing {@code what} and returns the diagnostic the user sees. */
    public static Diagnostic report(String what, Throwable failure, SourceRange range) {
        LOG.error("internal error: {}", what, failure);
        return Diagnostic.error(ErrorKind.INTERNAL, "internal error, see the log (" + logLocation + "): " + what
                + " (" + failure + ")", range);
    }
}
