package org.raspworkbench.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.raspworkbench.ui.files.StateFolder;
import org.raspworkbench.ui.startup.IdeLog;

/**
 * How the command line opens the IDE. The launcher's own main class must not extend {@code
 * Application} (the JavaFX runtime would refuse to start from a plain class path), so it calls this.
 */
public final class WorkbenchLauncher {
    /**
     * JavaFX warns at start-up that it was loaded from the class path rather than as modules. The
     * shaded jar does that on purpose (ND4J cannot live on the module path), so the warning only
     * alarms users. Held in a field because java.util.logging keeps loggers weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private WorkbenchLauncher() {
    }

    /**
     * Starts the IDE on its own thread and returns at once; the JVM lives on until the window
     * closes, and then exits.
     */
    public static void start(Optional<Path> file) {
        start(file, false);
    }

    /** As {@link #start(Optional)}; with {@code timings} the IDE prints its start-up times on stderr. */
    public static void start(Optional<Path> file, boolean timings) {
        // First: slf4j reads where to log when the first logger is made.
        IdeLog.install(StateFolder.folder());
        JAVAFX_LOG.setLevel(Level.SEVERE);
        java.util.List<String> raw = new java.util.ArrayList<>();
        file.ifPresent(p -> raw.add(p.toAbsolutePath().toString()));
        if (timings) raw.add(WorkbenchApp.TIMINGS_FLAG);
        String[] args = raw.toArray(String[]::new);
        Thread fx = new Thread(() -> {
            int status = 0;
            try {
                Application.launch(WorkbenchApp.class, args);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                System.err.println("rasp: cannot open the IDE window (" + e.getMessage()
                        + "). Is a display available? The command line works without one: rasp --help");
                status = 1;
            }
            // Background executors are daemons, but libraries may leave other threads behind.
            System.exit(status);
        }, "rasp-workbench-launcher");
        fx.start();
    }
}
