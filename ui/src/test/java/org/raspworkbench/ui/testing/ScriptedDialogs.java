package org.raspworkbench.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.ui.files.FileDialogs;

/** Dialogs that answer from a script and record what they were asked. */
public final class ScriptedDialogs implements FileDialogs {
    public final Deque<Optional<Path>> openAnswers = new ArrayDeque<>();
    public final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final Deque<Boolean> reloadAnswers = new ArrayDeque<>();
    public final Deque<Boolean> overwriteAnswers = new ArrayDeque<>();
    public final Deque<RecoveryChoice> restoreAnswers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> near) {
        asked.add("open");
        return openAnswers.isEmpty() ? Optional.empty() : openAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> near) {
        asked.add("save " + suggestedName);
        return saveAnswers.isEmpty() ? Optional.empty() : saveAnswers.pop();
    }

    @Override
    public UnsavedChoice askAboutUnsaved(String documentName) {
        asked.add("unsaved " + documentName);
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.pop();
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public boolean askToReloadChanged(String documentName) {
        asked.add("reload " + documentName);
        return !reloadAnswers.isEmpty() && reloadAnswers.pop();
    }

    @Override
    public boolean askToOverwriteChanged(String documentName) {
        asked.add("overwrite " + documentName);
        return !overwriteAnswers.isEmpty() && overwriteAnswers.pop();
    }

    @Override
    public RecoveryChoice askToRestore(String description) {
        asked.add("restore " + description);
        return restoreAnswers.isEmpty() ? RecoveryChoice.LATER : restoreAnswers.pop();
    }
}
