package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copy of unsaved text in the {@link AutosaveStore} while the document is dirty, so that a
 * crash or a {@code kill -9} loses at most {@link #PERIOD} of typing. The timer only hops to the FX
 * thread, which takes a snapshot of the text (cheap: the string already exists); the write runs on
 * the file executor. The copy goes once the text is saved, or the document closed or discarded.
 */
public final class Autosave implements AutoCloseable {
    /** Half the two seconds of typing the IDE may lose, so that a slow disk still keeps the promise. */
    public static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final AutosaveStore store;
    private final DocumentModel document;
    private final Supplier<String> text;
    private final Executor io;
    private final Executor fxThread;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rasp-autosave-timer");
        t.setDaemon(true);
        return t;
    });
    /** What was last handed to the store (FX thread only). */
    private Optional<Path> written = Optional.empty();
    private String writtenText;

    public Autosave(AutosaveStore store, DocumentModel document, Supplier<String> text, Executor io, Executor fxThread) {
        this.store = store;
        this.document = document;
        this.text = text;
        this.io = io;
        this.fxThread = fxThread;
        document.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) discard();
        });
    }

    public void start() {
        long ms = PERIOD.toMillis();
        timer.scheduleWithFixedDelay(() -> fxThread.execute(this::tick), ms, ms, TimeUnit.MILLISECONDS);
    }

    /** On the FX thread: if the text is unsaved and changed since the last copy, queues a new copy. */
    public void tick() {
        if (!document.isDirty()) {
            discard();
            return;
        }
        Optional<Path> source = document.file();
        Path target = store.storeFor(source);
        String now = text.get();
        if (written.isPresent() && written.get().equals(target) && now.equals(writtenText)) return;
        Optional<Path> previous = written.filter(p -> !p.equals(target));
        written = Optional.of(target);
        writtenText = now;
        io.execute(() -> {
            previous.ifPresent(store::delete);
            try {
                store.write(source, now);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot autosave to {}", target, e);
            }
        });
    }

    /** The text is saved or given up: its copy goes (FX thread). */
    public void discard() {
        Optional<Path> gone = written;
        written = Optional.empty();
        writtenText = null;
        gone.ifPresent(p -> io.execute(() -> store.delete(p)));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
