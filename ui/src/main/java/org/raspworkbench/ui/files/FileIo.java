package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.raspworkbench.core.files.AtomicFiles;
import org.raspworkbench.ui.compile.BackgroundThreads;

/**
 * Reads and writes text files on a background thread. Futures complete on that thread; callers
 * hop back to the FX thread themselves ({@code thenAcceptAsync(..., Platform::runLater)}).
 */
public final class FileIo implements AutoCloseable {
    private final ExecutorService io = BackgroundThreads.named("rasp-files");

    public CompletableFuture<String> read(Path file) {
        return readStamped(file).thenApply(Loaded::text);
    }

    /** A file's text and what it was on disk when read (to notice later edits by other programs). */
    public record Loaded(String text, DiskStamp stamp) {
    }

    public CompletableFuture<Loaded> readStamped(Path file) {
        return async(() -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                byte[] bytes = Files.readAllBytes(file);
                return new Loaded(new String(bytes, StandardCharsets.UTF_8), DiskStamp.of(attributes, bytes));
            } catch (IOException e) {
                throw new FileProblem("Cannot read " + file + ": " + reason(e), e);
            }
        });
    }

    /**
     * The file's stamp if its content is no longer what {@code known} recorded; empty when it is the
     * same, or gone (a deleted file is recreated by the next save, nothing to reload).
     */
    public CompletableFuture<Optional<DiskStamp>> changedSince(Path file, DiskStamp known) {
        return async(() -> {
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
                if (!known.maybeChanged(now)) return Optional.<DiskStamp>empty();
                return DiskStamp.read(file).filter(d -> !d.sameContent(known));
            } catch (IOException e) {
                return Optional.<DiskStamp>empty();
            }
        });
    }

    /** As {@link #write(Path, String, Optional)} without a check of what is on disk. */
    public CompletableFuture<DiskStamp> write(Path file, String text) {
        return write(file, text, Optional.empty());
    }

    /**
     * Replaces the file's text atomically (see {@link AtomicFiles}): a failed save never leaves half
     * a program, a stray temporary file, changed permissions or a link turned into a copy. With
     * {@code expected}, refuses ({@link ChangedOnDisk}) when another program changed the file since
     * the editor read it: never overwrite someone's edit silently. Completes with the new stamp.
     */
    public CompletableFuture<DiskStamp> write(Path file, String text, Optional<DiskStamp> expected) {
        return async(() -> {
            try {
                if (expected.isPresent()) {
                    Optional<DiskStamp> now = DiskStamp.read(file);
                    if (now.isPresent() && !now.get().sameContent(expected.get())) throw new ChangedOnDisk(file);
                }
                byte[] bytes = encode(text);
                AtomicFiles.writeWith(file, out -> out.write(bytes));
                Path written = AtomicFiles.linkTarget(file);
                return DiskStamp.of(Files.readAttributes(written, BasicFileAttributes.class), bytes);
            } catch (IOException e) {
                throw new FileProblem("Cannot save " + file + ": " + reason(e), e);
            }
        });
    }

    /** UTF-8 that refuses what it cannot encode (a lone surrogate) instead of writing '?'. */
    private static byte[] encode(String text) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    public <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }

    public Executor executor() {
        return io;
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return m == null ? kind.toLowerCase(java.util.Locale.ROOT) : kind.toLowerCase(java.util.Locale.ROOT) + " (" + m + ")";
    }

    /** Lets queued writes (a save, the recent-files list) finish; a loaded machine may need seconds. */
    @Override
    public void close() {
        io.shutdown();
        try {
            io.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The file was changed by another program since the editor read it. */
    public static final class ChangedOnDisk extends RuntimeException {
        public ChangedOnDisk(Path file) {
            super(file + " was changed by another program");
        }
    }

    /** A file could not be read or written; the message is for the user. */
    public static final class FileProblem extends RuntimeException {
        public FileProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
