package org.raspworkbench.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.raspworkbench.ui.figures.ExportFormat;

/**
 * The export dialog (options), then a file chooser that starts in the last export folder or the
 * program's, then a toast saying where the file went. Every window is owned by the main window, and
 * nothing here calls the main stage.
 */
public final class FxExportDialogs implements ExportDialogs {
    private final OwnedDialogs dialogs;
    private final ExportFolders folders;
    private final Supplier<Optional<Path>> program;
    private final BiFunction<Window, FileChooser, Optional<Path>> saveDialog;
    private ExportOptions lastOptions;
    private Popup toast;

    /** The real file chooser; {@code program} is the open program's file (empty for a sample). */
    public FxExportDialogs(OwnedDialogs dialogs, ExportFolders folders, Supplier<Optional<Path>> program) {
        this(dialogs, folders, program, (w, chooser) -> dialogs.showSaveDialog(chooser).map(File::toPath));
    }

    /** {@code saveDialog} shows the chooser (tests stand in for the native one). */
    FxExportDialogs(OwnedDialogs dialogs, ExportFolders folders, Supplier<Optional<Path>> program,
                    BiFunction<Window, FileChooser, Optional<Path>> saveDialog) {
        this.dialogs = dialogs;
        this.folders = folders;
        this.program = program;
        this.saveDialog = saveDialog;
    }

    @Override
    public Optional<Target> chooseTarget(Offer offer) {
        ExportOptions initial = offer.defaults();
        if (lastOptions != null) {
            // Format, DPI and size carry over from the last export: a paper's figures share them.
            initial = initial.withFormat(lastOptions.format(), lastOptions.dpi()).withSize(lastOptions.size());
        }
        ExportOptionsDialog dialog = new ExportOptionsDialog(dialogs.owner(), offer, initial);
        Optional<ExportOptions> chosen = dialogs.showAndWait(dialog);
        if (chosen.isEmpty()) return Optional.empty();
        ExportOptions options = chosen.get();
        FileChooser chooser = chooser(offer, options.format());
        Optional<Path> file = saveDialog.apply(dialogs.owner(), chooser);
        if (file.isEmpty()) return Optional.empty();
        // A known extension typed in the chooser wins over the format chosen before it.
        Optional<ExportFormat> typed = formatOf(file.get().getFileName().toString());
        if (typed.isPresent()) options = options.withFormat(typed.get(), options.dpi());
        lastOptions = options;
        return Optional.of(new Target(withExtension(file.get(), options.format()), options));
    }

    /** A save dialog for {@code format}, titled for the figure, starting in the export folder. */
    FileChooser chooser(Offer offer, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + offer.what() + " as " + format.extension().toUpperCase(java.util.Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format.extension().toUpperCase(java.util.Locale.ROOT) + " files", "*." + format.extension()));
        chooser.setInitialDirectory(folders.start(program.get()).toFile());
        chooser.setInitialFileName(offer.suggestedName() + "." + format.extension());
        return chooser;
    }

    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        Optional<ExportFormat> named = formatOf(name);
        return named.isPresent() && named.get() == format ? file : file.resolveSibling(name + "." + format.extension());
    }

    static Optional<ExportFormat> formatOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ExportFormat.byName(fileName.substring(dot + 1));
    }

    @Override
    public void saved(String what, Path file) {
        folders.remember(file);
        if (toast != null) toast.hide();
        toast = ExportToast.show(dialogs.owner(), "Saved the " + what + " to " + file.toAbsolutePath());
    }

    /** The toast now or last on screen, for tests. */
    Optional<Popup> toast() {
        return Optional.ofNullable(toast);
    }

    @Override
    public void showMessage(String message, boolean error) {
        Alert alert = new Alert(error ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setHeaderText(error ? "The figure could not be exported" : "Export");
        dialogs.show(alert);
    }
}
