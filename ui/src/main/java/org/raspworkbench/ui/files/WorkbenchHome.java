package org.raspworkbench.ui.files;

import java.nio.file.Path;

/**
 * Where the IDE keeps its own small files (recent files, preferences): the system property
 * {@code rasp.workbench.home} if set (tests point it at a temporary folder), else
 * {@code $XDG_CONFIG_HOME/rasp-workbench}, else {@code ~/.config/rasp-workbench}.
 */
public final class WorkbenchHome {
    public static final String PROPERTY = "rasp.workbench.home";

    private WorkbenchHome() {
    }

    public static Path folder() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("rasp-workbench");
    }
}
