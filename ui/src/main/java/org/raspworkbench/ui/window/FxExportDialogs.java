package org.raspworkbench.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import org.raspworkbench.ui.figures.ExportFormat;

/** A file chooser with one filter per format, then for PNG a choice of resolution. */
public final class FxExportDialogs implements ExportDialogs {
    static final List<Integer> DPIS = List.of(96, 150, 300, 600);
    static final int DEFAULT_DPI = 300;
    private final OwnedDialogs dialogs;

    /** {@code dialogs} owns every chooser and alert by the main window (its {@code owner()} is that window). */
    public FxExportDialogs(OwnedDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Optional<Target> chooseTarget(String what, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + what);
        for (ExportFormat f : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    f.name() + (f == ExportFormat.PNG ? " image" : " (vector, text as text)"), "*." + f.extension()));
        }
        chooser.setInitialFileName(suggestedName + ".png");
        Optional<File> f = dialogs.showSaveDialog(chooser);
        if (f.isEmpty()) return Optional.empty();
        Path file = f.get().toPath();
        ExportFormat format = formatOf(file.getFileName().toString()).orElseGet(() -> {
            FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
            int i = chosen == null ? 0 : chooser.getExtensionFilters().indexOf(chosen);
            return ExportFormat.values()[Math.max(0, i)];
        });
        if (formatOf(file.getFileName().toString()).isEmpty()) file = file.resolveSibling(file.getFileName() + "." + format.extension());
        int dpi = DEFAULT_DPI;
        if (format == ExportFormat.PNG) {
            ChoiceDialog<Integer> ask = new ChoiceDialog<>(DEFAULT_DPI, DPIS);
            ask.setTitle("PNG resolution");
            ask.setHeaderText("Dots per inch for " + file.getFileName());
            Optional<Integer> chosen = dialogs.showAndWait(ask);
            if (chosen.isEmpty()) return Optional.empty();
            dpi = chosen.get();
        }
        return Optional.of(new Target(file, format, dpi));
    }

    static Optional<ExportFormat> formatOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ExportFormat.byName(fileName.substring(dot + 1));
    }

    @Override
    public void showMessage(String message, boolean error) {
        Alert alert = new Alert(error ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setHeaderText(error ? "The figure could not be exported" : "Export");
        dialogs.show(alert);
    }
}
