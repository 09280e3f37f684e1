package org.raspworkbench.core.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content atomically: the bytes go to a temporary file in the same folder, which
 * gets the original's permissions, is forced to disk and then renamed over the original, and the
 * folder is forced so that the rename survives a power cut. A symbolic link stays a link: its
 * target is what gets replaced. On any failure the temporary file is removed and the original is
 * untouched. Every file the product writes goes through here, one at a time or, where several
 * must change together (a weights export), as a {@link Batch}.
 */
public final class AtomicFiles {
    /** What gets written, to a stream the utility opens and closes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Forces data to disk; a seam so that tests can see it called (and make it fail). */
    public interface Sync {
        void file(FileChannel channel) throws IOException;

        void folder(Path folder) throws IOException;
    }

    /** The real thing: {@code fsync} of the file, then of its folder where the platform allows it. */
    public static final Sync DISK = new Sync() {
        @Override
        public void file(FileChannel channel) throws IOException {
            channel.force(true);
        }

        @Override
        public void folder(Path folder) throws IOException {
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
                // Windows cannot open a folder as a channel; its rename is durable enough there.
            }
        }
    };

    private static final AtomicFiles STANDARD = new AtomicFiles(DISK);
    /** Links followed before giving up, as the kernel's ELOOP limit. */
    private static final int MAX_LINKS = 40;

    private final Sync sync;

    public AtomicFiles(Sync sync) {
        this.sync = sync;
    }

    public static void writeString(Path file, String text) throws IOException {
        STANDARD.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void writeBytes(Path file, byte[] bytes) throws IOException {
        STANDARD.write(file, out -> out.write(bytes));
    }

    public static void writeWith(Path file, Content content) throws IOException {
        STANDARD.write(file, content);
    }

    /** Replaces {@code file} (or, if it is a symbolic link, the file it points to) with {@code content}. */
    public void write(Path file, Content content) throws IOException {
        try (Batch batch = batch()) {
            batch.stage(file, content);
            batch.commit();
        }
    }

    /** Several files replaced together with the standard disk syncs (see {@link Batch}). */
    public static Batch newBatch() {
        return STANDARD.batch();
    }

    public Batch batch() {
        return new Batch();
    }

    /**
     * Files replaced together: each is written in full beside its target and forced to disk, and
     * only then are all renamed over their targets, in staging order. Until {@link #commit()} no
     * target is touched; {@link #close()} removes any temporary file left, so a failed or cancelled
     * batch leaves every target as it was. (A crash between two of the renames can still pair a new
     * file with an old one: renames of several files are not one atomic step.)
     */
    public final class Batch implements AutoCloseable {
        private record Staged(Path target, Path tmp, Optional<Set<PosixFilePermission>> permissions) {
        }

        private final List<Staged> staged = new ArrayList<>();

        private Batch() {
        }

        /** Writes {@code file}'s new content to a temporary file in its folder and forces it to disk. */
        public void stage(Path file, Content content) throws IOException {
            Path target = linkTarget(file);
            Path folder = target.getParent();
            Files.createDirectories(folder);
            Path tmp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            staged.add(new Staged(target, tmp, permissions(target)));
            // Created without explicit permissions, so a new file gets the umask's like any other.
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new KeptOpen(out));
                out.flush();
                sync.file(channel);
            }
        }

        /** Renames every staged file over its target, then forces their folders; returns the targets. */
        public List<Path> commit() throws IOException {
            List<Path> done = new ArrayList<>();
            Set<Path> folders = new LinkedHashSet<>();
            while (!staged.isEmpty()) {
                Staged s = staged.get(0);
                if (s.permissions().isPresent()) Files.setPosixFilePermissions(s.tmp(), s.permissions().get());
                try {
                    Files.move(s.tmp(), s.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notHere) {
                    Files.move(s.tmp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
                }
                staged.remove(0);
                done.add(s.target());
                folders.add(s.target().getParent());
            }
            for (Path folder : folders) sync.folder(folder);
            return done;
        }

        @Override
        public void close() {
            for (Staged s : staged) deleteQuietly(s.tmp());
            staged.clear();
        }
    }

    /** The file a path finally names once symbolic links are followed (it need not exist). */
    public static Path linkTarget(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) throw new IOException("too many levels of symbolic links: " + file);
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        return p;
    }

    private static Optional<Set<PosixFilePermission>> permissions(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        return posix == null ? Optional.empty() : Optional.of(posix.readAttributes().permissions());
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException | RuntimeException ignored) {
            // The original is intact; a stray dot-file is the lesser harm than hiding the first failure.
        }
    }

    /** Writers that close what they are given (PDFBox does) must not close the channel before the fsync. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
