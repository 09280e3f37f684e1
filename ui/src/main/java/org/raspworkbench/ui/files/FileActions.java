package org.raspworkbench.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * New, open, save, save as, recent files and samples, on the FX thread; reading and writing go
 * through {@link FileIo}. Anything that would replace unsaved text asks first.
 */
public final class FileActions {
    private final DocumentModel document;
    private final DocumentText editor;
    private final FileIo io;
    private final RecentFiles recent;
    private final FileDialogs dialogs;
    private final Executor fxThread;
    private final Consumer<String> opened;

    /** {@code opened} is told the text of every document put into the editor (to compile it at once). */
    public FileActions(DocumentModel document, DocumentText editor, FileIo io, RecentFiles recent,
                       FileDialogs dialogs, Executor fxThread, Consumer<String> opened) {
        this.document = document;
        this.editor = editor;
        this.io = io;
        this.recent = recent;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.opened = opened;
    }

    public void newDocument() {
        whenUnsavedHandled(() -> show(Optional.empty(), DocumentModel.UNTITLED, "", false));
    }

    public void open() {
        whenUnsavedHandled(() -> dialogs.chooseFileToOpen(document.file()).ifPresent(this::openFile));
    }

    public void openRecent(Path file) {
        whenUnsavedHandled(() -> openFile(file));
    }

    public void openSample(Sample sample) {
        whenUnsavedHandled(() -> show(Optional.empty(), sample.fileName(), sample.text(), true));
    }

    /** Reads {@code file} and shows it; no question asked (the caller already did, or nothing is open). */
    public CompletableFuture<Boolean> openFile(Path file) {
        return open(file, true);
    }

    /** As {@link #openFile}, but a file that cannot be read is only dropped from the recent list. */
    public CompletableFuture<Boolean> reopen(Path file) {
        return open(file, false);
    }

    private CompletableFuture<Boolean> open(Path file, boolean reportFailure) {
        return io.read(file).handleAsync((text, failure) -> {
            if (failure != null) {
                if (reportFailure) dialogs.showError(message(failure));
                recent.remove(file);
                return false;
            }
            show(Optional.of(file), file.getFileName().toString(), text, false);
            recent.add(file);
            return true;
        }, fxThread);
    }

    private void show(Optional<Path> file, String name, String text, boolean sample) {
        editor.replaceDocument(text);
        document.loaded(file, name, text, sample);
        opened.accept(text);
    }

    /** Saves to the document's file, or asks for one. Completes with whether the text was saved. */
    public CompletableFuture<Boolean> save() {
        Optional<Path> file = document.file();
        if (file.isEmpty() || document.isSample()) return saveAs();
        return write(file.get());
    }

    public CompletableFuture<Boolean> saveAs() {
        Optional<Path> target = dialogs.chooseFileToSave(document.nameProperty().get(), document.file());
        return target.map(this::write).orElse(CompletableFuture.completedFuture(false));
    }

    private CompletableFuture<Boolean> write(Path file) {
        String text = editor.text();
        return io.write(file, text).handleAsync((ok, failure) -> {
            if (failure != null) {
                dialogs.showError(message(failure));
                return false;
            }
            if (file.equals(document.file().orElse(null)) && !document.isSample()) document.markSaved(text);
            else document.savedAs(file, text);
            recent.add(file);
            return true;
        }, fxThread);
    }

    /**
     * Runs {@code then} once unsaved changes are dealt with: at once when there are none; after a
     * successful save, or straight away on discard, as the user chooses; never on cancel.
     */
    public void whenUnsavedHandled(Runnable then) {
        if (!document.isDirty()) {
            then.run();
            return;
        }
        switch (dialogs.askAboutUnsaved(document.nameProperty().get())) {
            case DISCARD -> then.run();
            case SAVE -> save().thenAcceptAsync(saved -> {
                if (saved) then.run();
            }, fxThread);
            default -> { }
        }
    }

    private static String message(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
