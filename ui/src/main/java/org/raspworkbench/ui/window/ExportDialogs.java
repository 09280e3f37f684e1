package org.raspworkbench.ui.window;

import java.nio.file.Path;
import java.util.Optional;
import org.raspworkbench.ui.figures.ExportFormat;

/** Where a figure goes: the window asks with a file chooser and a DPI choice, tests answer directly. */
public interface ExportDialogs {
    /** A file, its format, and the DPI (PNG only). */
    record Target(Path file, ExportFormat format, int dpi) {
    }

    Optional<Target> chooseTarget(String what, String suggestedName);

    void showMessage(String message, boolean error);
}
