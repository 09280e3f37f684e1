package org.raspworkbench.ui.window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.raspworkbench.core.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the export file chooser starts: the folder of the last export (remembered in
 * {@code export-folder.txt} in the IDE's home folder), else the program's folder, else the user's
 * home; never the folder the IDE was started from. Disk access runs on {@code io}.
 */
public final class ExportFolders {
    private static final Logger LOG = LoggerFactory.getLogger(ExportFolders.class);
    static final String FILE_NAME = "export-folder.txt";
    private final Path file;
    private final Executor io;
    private volatile Optional<Path> last = Optional.empty();

    public ExportFolders(Path home, Executor io) {
        this.file = home.resolve(FILE_NAME);
        this.io = io;
    }

    /** Reads the remembered folder; completes when it is known (or known to be absent). */
    public CompletableFuture<Optional<Path>> load() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (!Files.isRegularFile(file)) return Optional.<Path>empty();
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                return text.isEmpty() ? Optional.<Path>empty() : Optional.of(Path.of(text));
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot read {}", file, e);
                return Optional.<Path>empty();
            }
        }, io).thenApply(p -> {
            last = p;
            return p;
        });
    }

    /** Remembers the folder of {@code exported} for the next export, in memory at once and on disk soon. */
    public CompletableFuture<Void> remember(Path exported) {
        Path folder = exported.toAbsolutePath().getParent();
        if (folder == null) return CompletableFuture.completedFuture(null);
        last = Optional.of(folder);
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.writeString(file, folder + "\n");
            } catch (IOException e) {
                LOG.warn("cannot save {}", file, e);
            }
        }, io);
    }

    public Optional<Path> last() {
        return last;
    }

    /** The start folder given the program's file (empty for a sample or an unsaved program). */
    public Path start(Optional<Path> program) {
        return startFolder(last, program, Path.of(System.getProperty("user.home")));
    }

    static Path startFolder(Optional<Path> last, Optional<Path> program, Path home) {
        // A remembered folder that was deleted since would make the chooser fall back to the working directory.
        if (last.isPresent() && Files.isDirectory(last.get())) return last.get();
        Optional<Path> programFolder = program.map(p -> p.toAbsolutePath().getParent()).filter(Files::isDirectory);
        return programFolder.orElse(home);
    }
}
