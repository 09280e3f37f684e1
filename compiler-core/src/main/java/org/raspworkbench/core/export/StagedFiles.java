package org.raspworkbench.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written beside their targets under temporary names, flushed to disk, and renamed over the
 * targets only once every one of them is complete. Until {@link #commit()} the targets are untouched;
 * {@link #close()} removes whatever temporary file is left, so a failed or cancelled write leaves
 * the folder as it was. Temporary files are created with the process's default permissions (not
 * {@code createTempFile}'s 0600), so the results read like any other file the user writes.
 */
final class StagedFiles implements AutoCloseable {
    /** Writes a file's content to {@code out}, which it does not close. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final Path dir;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    StagedFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Writes {@code name}'s new content to a temporary file in the folder and syncs it. */
    void stage(String name, Body body) throws IOException {
        Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        staged.put(dir.resolve(name), tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            body.write(out);
            out.flush();
            ch.force(true);
        }
    }

    /** Renames every staged file over its target, in staging order, and syncs the folder; returns the targets. */
    List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(e.getKey());
        }
        staged.clear();
        syncFolder();
        return done;
    }

    /** Makes the renames durable; not every file system lets a folder be opened for this. */
    private void syncFolder() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The renames are done; only their durability across a power cut is not guaranteed.
        }
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                failed = e;
            }
        }
        staged.clear();
        if (failed != null) throw failed;
    }
}
