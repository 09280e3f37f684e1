package org.raspworkbench.ui.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.raspworkbench.core.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the chosen theme in {@code theme.txt} in the IDE's home folder; reads and writes off the FX thread. */
public final class ThemePreference {
    private static final Logger LOG = LoggerFactory.getLogger(ThemePreference.class);
    private final Path file;
    private final Executor io;

    public ThemePreference(Path home, Executor io) {
        this.file = home.resolve("theme.txt");
        this.io = io;
    }

    public CompletableFuture<Optional<Theme>> load() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (!Files.isRegularFile(file)) return Optional.empty();
                String name = Files.readString(file, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
                for (Theme t : Theme.values()) if (t.name().equals(name)) return Optional.of(t);
            } catch (IOException e) {
                LOG.warn("cannot read {}", file, e);
            }
            return Optional.empty();
        }, io);
    }

    public CompletableFuture<Void> save(Theme theme) {
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFiles.writeString(file, theme.name().toLowerCase(Locale.ROOT) + "\n");
            } catch (IOException e) {
                LOG.warn("cannot save {}", file, e);
            }
        }, io);
    }
}
