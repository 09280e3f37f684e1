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
    /** What the document's file was on disk when last read or written; empty for none. */
    private Optional<DiskStamp> stamp = Optional.empty();

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
        return io.readStamped(file).handleAsync((loaded, failure) -> {
            if (failure != null) {
                if (reportFailure) dialogs.showError(message(failure));
                recent.remove(file);
                return false;
            }
            show(Optional.of(file), file.getFileName().toString(), loaded.text(), false);
            stamp = Optional.of(loaded.stamp());
            recent.add(file);
            return true;
        }, fxThread);
    }

    private void show(Optional<Path> file, String name, String text, boolean sample) {
        editor.replaceDocument(text);
        document.loaded(file, name, text, sample);
        stamp = Optional.empty();
        opened.accept(text);
    }

    /**
     * Puts recovered text into the editor as unsaved changes to {@code file} (whose text on disk,
     * if it still exists, becomes the saved text) or to a new document.
     */
    public CompletableFuture<Boolean> restore(Optional<Path> file, String recovered) {
        if (file.isEmpty()) {
            show(Optional.empty(), DocumentModel.UNTITLED, "", false);
            editor.replaceDocument(recovered);
            opened.accept(recovered);
            return CompletableFuture.completedFuture(true);
        }
        Path f = file.get();
        return io.readStamped(f).handleAsync((loaded, failure) -> {
            String onDisk = failure == null ? loaded.text() : "";
            editor.replaceDocument(recovered);
            document.loaded(Optional.of(f), f.getFileName().toString(), onDisk, false);
            stamp = failure == null ? Optional.of(loaded.stamp()) : Optional.empty();
            opened.accept(recovered);
            return true;
        }, fxThread);
    }

    /**
     * Looks whether another program changed the open file (the window calls this when it gains
     * focus): a document without unsaved edits is reloaded; with edits, the user is asked.
     * Completes on the FX thread with whether the editor's text was replaced.
     */
    public CompletableFuture<Boolean> checkDisk() {
        Optional<Path> file = document.file();
        Optional<DiskStamp> known = stamp;
        if (file.isEmpty() || known.isEmpty() || document.isSample()) return CompletableFuture.completedFuture(false);
        return io.changedSince(file.get(), known.get()).thenComposeAsync(changed -> {
            // Another document was opened meanwhile, or this change was already dealt with.
            if (changed.isEmpty() || !file.equals(document.file()) || !known.equals(stamp)) {
                return CompletableFuture.completedFuture(false);
            }
            if (document.isDirty() && !dialogs.askToReloadChanged(document.nameProperty().get())) {
                stamp = changed; // keep the edits; the next save replaces the other program's text as chosen
                return CompletableFuture.completedFuture(false);
            }
            return open(file.get(), true);
        }, fxThread);
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
        boolean sameFile = file.toAbsolutePath().normalize().equals(document.file().orElse(null)) && !document.isSample();
        return write(file, sameFile ? stamp : Optional.empty());
    }

    /** Saves, unless the file changed on disk since {@code expected} and the user will not overwrite it. */
    private CompletableFuture<Boolean> write(Path file, Optional<DiskStamp> expected) {
        String text = editor.text();
        return io.write(file, text, expected).handleAsync((written, failure) -> {
            if (failure != null) {
                if (cause(failure) instanceof FileIo.ChangedOnDisk) {
                    return dialogs.askToOverwriteChanged(document.nameProperty().get())
                            ? write(file, Optional.empty()) : CompletableFuture.completedFuture(false);
                }
                dialogs.showError(message(failure));
                return CompletableFuture.completedFuture(false);
            }
            if (file.toAbsolutePath().normalize().equals(document.file().orElse(null)) && !document.isSample()) document.markSaved(text);
            else document.savedAs(file, text);
            stamp = Optional.of(written);
            recent.add(file);
            return CompletableFuture.completedFuture(true);
        }, fxThread).thenCompose(f -> f);
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

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String message(Throwable failure) {
        Throwable t = cause(failure);
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
