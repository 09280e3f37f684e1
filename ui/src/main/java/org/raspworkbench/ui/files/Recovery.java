package org.raspworkbench.ui.files;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * At start-up, offers the text that earlier sessions autosaved but never saved, newest first: the
 * first one restored replaces the document (as unsaved changes); a discarded one is deleted; "ask
 * next time" keeps it and the rest for the next start.
 */
public final class Recovery {
    private Recovery() {
    }

    /** Completes on the FX thread once every question is answered. */
    public static CompletableFuture<Void> offer(AutosaveStore store, FileIo io, FileDialogs dialogs, FileActions files,
                                                Autosave autosave, Executor fxThread) {
        return io.async(store::orphans).thenComposeAsync(found -> ask(found, store, io, dialogs, files, autosave, fxThread), fxThread);
    }

    private static CompletableFuture<Void> ask(List<AutosaveStore.Entry> found, AutosaveStore store, FileIo io,
                                               FileDialogs dialogs, FileActions files, Autosave autosave, Executor fxThread) {
        for (AutosaveStore.Entry e : found) {
            switch (dialogs.askToRestore(e.describe())) {
                case RESTORE -> {
                    return files.restore(e.source(), e.text()).thenAcceptAsync(ok -> {
                        // Our own copy is queued before the old one is removed: the text is never on disk nowhere.
                        autosave.tick();
                        io.executor().execute(() -> store.delete(e.store()));
                    }, fxThread);
                }
                case DISCARD -> io.executor().execute(() -> store.delete(e.store()));
                default -> {
                    return CompletableFuture.completedFuture(null);
                }
            }
        }
        return CompletableFuture.completedFuture(null);
    }
}
