package org.raspworkbench.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** The questions file actions ask the user; the window answers with real dialogs, tests with stubs. */
public interface FileDialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Optional<Path> near);

    Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> near);

    /** Asked before unsaved changes to {@code documentName} would be lost. */
    UnsavedChoice askAboutUnsaved(String documentName);

    void showError(String message);
}
