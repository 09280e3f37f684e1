package org.raspworkbench.ui.files;

import java.nio.file.Path;

/**
 * Where the IDE keeps what it writes about a session rather than settings (autosaved text, the
 * log): the system property {@code rasp.workbench.state} if set (tests), else
 * {@code $XDG_STATE_HOME/rasp-workbench}, else {@code ~/.local/state/rasp-workbench}.
 */
public final class StateFolder {
    public static final String PROPERTY = "rasp.workbench.state";

    private StateFolder() {
    }

    public static Path folder() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("rasp-workbench");
    }
}
