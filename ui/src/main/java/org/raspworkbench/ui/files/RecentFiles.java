package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.raspworkbench.core.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files opened lately, newest first, kept in {@code recent-files.txt} (one path per line) in
 * the IDE's home folder. The list itself lives on the FX thread; loading and saving do not.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);

    private final Path store;
    private final FileIo io;
    private final Executor fxThread;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path home, FileIo io, Executor fxThread) {
        this.store = home.resolve("recent-files.txt");
        this.io = io;
        this.fxThread = fxThread;
    }

    /** Reads the stored list; the future completes on the FX thread once {@link #files()} holds it. */
    public CompletableFuture<List<Path>> load() {
        return io.async(this::readStore).thenApplyAsync(paths -> {
            // Files opened while the list was being read stay on top (start-up opens before loading).
            boolean openedMeanwhile = !files.isEmpty();
            List<Path> merged = new ArrayList<>(files);
            for (Path p : paths) if (!merged.contains(p) && merged.size() < MAX) merged.add(p);
            files.setAll(merged);
            if (openedMeanwhile) persist();
            return List.copyOf(files);
        }, fxThread);
    }

    private List<Path> readStore() {
        List<Path> paths = new ArrayList<>();
        try {
            if (!Files.isRegularFile(store)) return paths;
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    Path p = Path.of(line.strip());
                    if (!paths.contains(p) && paths.size() < MAX) paths.add(p);
                } catch (RuntimeException badPath) {
                    LOG.debug("skipping unreadable recent entry {}", line);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read recent files from {}", store, e);
        }
        return paths;
    }

    /** Moves {@code file} to the top and saves the list in the background. */
    public CompletableFuture<Void> add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        if (files.size() > MAX) files.remove(MAX, files.size());
        return persist();
    }

    public CompletableFuture<Void> remove(Path file) {
        files.remove(file);
        return persist();
    }

    private CompletableFuture<Void> persist() {
        List<String> lines = files.stream().map(Path::toString).toList();
        return io.async(() -> {
            try {
                AtomicFiles.writeString(store, lines.stream().map(l -> l + "\n").collect(Collectors.joining()));
            } catch (IOException e) {
                LOG.warn("cannot save recent files to {}", store, e);
            }
            return null;
        });
    }

    public ObservableList<Path> files() {
        return files;
    }
}
