package org.raspworkbench.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** The questions file actions ask the user; the window answers with real dialogs, tests with stubs. */
public interface FileDialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** For text recovered from a session that did not close: LATER keeps it for the next start. */
    enum RecoveryChoice { RESTORE, DISCARD, LATER }

    Optional<Path> chooseFileToOpen(Optional<Path> near);

    Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> near);

    /** Asked before unsaved changes to {@code documentName} would be lost. */
    UnsavedChoice askAboutUnsaved(String documentName);

    void showError(String message);

    /** The open file was changed by another program while it has unsaved edits: true reloads it, losing them. */
    boolean askToReloadChanged(String documentName);

    /** Saving would overwrite changes another program made to the file: true overwrites them. */
    boolean askToOverwriteChanged(String documentName);

    /** Unsaved text of an earlier session was found ({@code description} says whose and when). */
    RecoveryChoice askToRestore(String description);
}
