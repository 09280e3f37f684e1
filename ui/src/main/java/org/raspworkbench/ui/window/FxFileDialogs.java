package org.raspworkbench.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.raspworkbench.ui.files.FileDialogs;

/** The real dialogs: JavaFX file choosers and alerts, owned by the main window through {@link OwnedDialogs}. */
public final class FxFileDialogs implements FileDialogs {
    private static final FileChooser.ExtensionFilter RASP = new FileChooser.ExtensionFilter(
            "RASP programs (*.rasp, Tracr Python *.py)", "*.rasp", "*.py");
    private static final FileChooser.ExtensionFilter TRACR_PYTHON = new FileChooser.ExtensionFilter(
            "Tracr Python (*.py)", "*.py");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    private final OwnedDialogs dialogs;

    public FxFileDialogs(OwnedDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> near) {
        FileChooser chooser = chooser("Open RASP program", near);
        return dialogs.showOpenDialog(chooser).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> near) {
        FileChooser chooser = chooser("Save RASP program", near);
        chooser.setInitialFileName(suggestedName);
        Optional<File> f = dialogs.showSaveDialog(chooser);
        if (f.isEmpty()) return Optional.empty();
        Path p = f.get().toPath();
        String name = p.getFileName().toString();
        return Optional.of(name.contains(".") ? p : p.resolveSibling(name + ".rasp"));
    }

    private static FileChooser chooser(String title, Optional<Path> near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(RASP, TRACR_PYTHON, ALL);
        near.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        return chooser;
    }

    @Override
    public UnsavedChoice askAboutUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType answer = dialogs.showAndWait(alert).orElse(cancel);
        if (answer == save) return UnsavedChoice.SAVE;
        if (answer == discard) return UnsavedChoice.DISCARD;
        return UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText("Something went wrong with a file");
        dialogs.show(alert);
    }

    @Override
    public boolean askToReloadChanged(String documentName) {
        return confirm("File changed on disk", documentName + " was changed by another program.",
                "Reload it and lose your unsaved changes, or keep editing your version (saving it will replace the other program's changes)?",
                "Reload", "Keep Mine");
    }

    @Override
    public boolean askToOverwriteChanged(String documentName) {
        return confirm("File changed on disk", documentName + " was changed by another program since you opened it.",
                "Overwrite those changes with your version?", "Overwrite", "Cancel");
    }

    @Override
    public RecoveryChoice askToRestore(String description) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Ask Next Time", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The workbench did not close normally. Restore these changes, or discard them?", restore, discard, later);
        alert.setTitle("Recover unsaved changes");
        alert.setHeaderText("Unsaved changes were found: " + description + ".");
        ButtonType answer = dialogs.showAndWait(alert).orElse(later);
        if (answer == restore) return RecoveryChoice.RESTORE;
        if (answer == discard) return RecoveryChoice.DISCARD;
        return RecoveryChoice.LATER;
    }

    private boolean confirm(String title, String header, String text, String yes, String no) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return dialogs.showAndWait(alert).orElse(cancel) == ok;
    }
}
