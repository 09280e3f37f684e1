package org.raspworkbench.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.raspworkbench.ui.files.FileDialogs;

/** The real dialogs: JavaFX file choosers and alerts owned by the main window. */
public final class FxFileDialogs implements FileDialogs {
    private static final FileChooser.ExtensionFilter RASP = new FileChooser.ExtensionFilter("RASP programs (*.rasp)", "*.rasp");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> near) {
        FileChooser chooser = chooser("Open RASP program", near);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName, Optional<Path> near) {
        FileChooser chooser = chooser("Save RASP program", near);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) return Optional.empty();
        Path p = f.toPath();
        String name = p.getFileName().toString();
        return Optional.of(name.contains(".") ? p : p.resolveSibling(name + ".rasp"));
    }

    private static FileChooser chooser(String title, Optional<Path> near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(RASP, ALL);
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
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) return UnsavedChoice.SAVE;
        if (answer == discard) return UnsavedChoice.DISCARD;
        return UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setHeaderText("Something went wrong with a file");
        alert.show();
    }
}
