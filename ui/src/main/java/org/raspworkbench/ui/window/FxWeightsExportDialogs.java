package org.raspworkbench.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Popup;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportWriter;

/**
 * The window's answers for File > Export Weights: a folder chooser starting in the last export
 * folder (else the program's), an owned dialog for the element type that also warns when an export
 * would be replaced, a toast that says where the files went, an owned alert when they could not be
 * written.
 */
public final class FxWeightsExportDialogs implements WeightsExportDialogs {
    private final OwnedDialogs dialogs;
    private final ExportFolders folders;
    private final Supplier<Optional<Path>> program;
    private DType lastType = DType.FLOAT32;
    private Popup toast;

    /** {@code folders} is shared with the figure export, so both start where the last export went. */
    public FxWeightsExportDialogs(OwnedDialogs dialogs, ExportFolders folders, Supplier<Optional<Path>> program) {
        this.dialogs = dialogs;
        this.folders = folders;
        this.program = program;
    }

    @Override
    public Optional<Path> chooseFolder(String programName) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the weights of " + programName + " into a folder");
        chooser.setInitialDirectory(folders.start(program.get()).toFile());
        return dialogs.showDirectoryDialog(chooser).map(File::toPath);
    }

    @Override
    public Optional<DType> confirm(String programName, Path folder, boolean replaces) {
        Dialog<DType> dialog = new Dialog<>();
        dialog.setTitle("Export Weights");
        dialog.setHeaderText("Export the weights of " + programName);
        ToggleGroup types = new ToggleGroup();
        HBox choice = new HBox(12);
        for (DType t : DType.values()) {
            RadioButton b = new RadioButton(t.displayName() + (t == DType.FLOAT32 ? " (smaller)" : " (exact)"));
            b.setId("weights-dtype-" + t.displayName());
            b.setUserData(t);
            b.setToggleGroup(types);
            b.setSelected(t == lastType);
            choice.getChildren().add(b);
        }
        VBox content = new VBox(10, wrapped("Into " + folder.toAbsolutePath()),
                wrapped(String.join(", ", List.of(ExportWriter.WEIGHTS, ExportWriter.CONFIG, ExportWriter.VOCAB,
                        ExportWriter.README)) + ", for TransformerLens or numpy."),
                new HBox(10, new Label("Numbers as"), choice));
        if (replaces) {
            Label warning = wrapped("This folder already holds an export: its four files will be replaced.");
            warning.setId("weights-replace-warning");
            warning.getStyleClass().add("danger");
            content.getChildren().add(warning);
        }
        content.setPadding(new Insets(8, 14, 4, 14));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType go = new ButtonType(replaces ? "Replace" : "Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == go ? (DType) types.getSelectedToggle().getUserData() : null);
        Optional<DType> chosen = dialogs.showAndWait(dialog);
        chosen.ifPresent(t -> lastType = t);
        return chosen;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    @Override
    public void exported(String programName, Path folder, DType dtype) {
        // The folder itself is remembered: re-exporting after an edit is the common next step.
        folders.remember(folder.resolve(ExportWriter.WEIGHTS));
        if (toast != null) toast.hide();
        toast = ExportToast.show(dialogs.owner(), "Exported the weights of " + programName + " (" + dtype.displayName()
                + ") to " + folder.toAbsolutePath() + ": weights.npz, config.json, vocab.json, README.md");
    }

    @Override
    public void failed(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText("The weights could not be exported");
        dialogs.show(alert);
    }
}
