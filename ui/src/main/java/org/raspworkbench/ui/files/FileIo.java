package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return async(() -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FileProblem("Cannot read " + file + ": " + reason(e), e);
            }
        });
    }

    /**
     * Replaces the file's text atomically (see {@link AtomicFiles}): a failed save never leaves half
     * a program, a stray temporary file, changed permissions or a link turned into a copy.
     */
    public CompletableFuture<Void> write(Path file, String text) {
        return async(() -> {
            try {
                AtomicFiles.writeWith(file, out -> out.write(encode(text)));
                return null;
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

    /** A file could not be read or written; the message is for the user. */
    public static final class FileProblem extends RuntimeException {
        public FileProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
