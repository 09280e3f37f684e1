package org.raspworkbench.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.raspworkbench.core.source.InternalErrors;

/**
 * Sends the IDE's log to {@code workbench.log} in the state folder, keeping the previous session's
 * as {@code workbench.1.log} (the one to look at after a crash). Must run before the first logger
 * is made: slf4j-simple reads its settings once.
 */
public final class IdeLog {
    public static final String FILE = "workbench.log";
    public static final String PREVIOUS = "workbench.1.log";
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private IdeLog() {
    }

    /** Returns the log's path, or where it goes instead when the folder cannot be written (stderr). */
    public static String install(Path stateFolder) {
        if (System.getProperty(LOG_FILE) != null) {
            InternalErrors.logTo(System.getProperty(LOG_FILE));
            return System.getProperty(LOG_FILE);
        }
        Path log = stateFolder.resolve(FILE);
        try {
            Files.createDirectories(stateFolder);
            if (Files.exists(log)) Files.move(log, stateFolder.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("rasp: cannot write the log to " + log + " (" + e.getMessage() + "); logging to stderr");
            return InternalErrors.logLocation();
        }
        System.setProperty(LOG_FILE, log.toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        InternalErrors.logTo(log.toString());
        return log.toString();
    }
}
