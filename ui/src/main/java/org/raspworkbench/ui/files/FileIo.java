package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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

    /** Writes through a temporary file so that a failed save never leaves half a program behind. */
    public CompletableFuture<Void> write(Path file, String text) {
        return async(() -> {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Path tmp = Files.createTempFile(parent, ".rasp-save", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException atomicFailed) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return null;
            } catch (IOException e) {
                throw new FileProblem("Cannot save " + file + ": " + reason(e), e);
            }
        });
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
