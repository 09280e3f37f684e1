package org.raspworkbench.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private final List<String> synced = new ArrayList<>();
    private final AtomicFiles files = new AtomicFiles(new AtomicFiles.Sync() {
        @Override
        public void file(FileChannel channel) throws IOException {
            synced.add("file");
            channel.force(true);
        }

        @Override
        public void folder(Path folder) {
            synced.add("folder " + folder.getFileName());
        }
    });

    @Test
    void keepsTheOriginalsPermissions() throws IOException {
        Path f = dir.resolve("p.rasp");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        files.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(f));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));

        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFiles.writeString(f, "again");
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aNewFileIsReadableLikeAnyOther() throws IOException {
        Path f = dir.resolve("new.rasp");
        AtomicFiles.writeString(f, "x");
        // The umask decides; a temp file's 0600 would drop the group and other read bits.
        assertTrue(Files.getPosixFilePermissions(f).size() > 2, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("p.rasp");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.rasp");
        Files.createSymbolicLink(link, Path.of("real", "p.rasp"));
        files.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("file", "folder real"), synced);
    }

    @Test
    void aFailedWriteLeavesTheOriginalAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("p.rasp");
        Files.writeString(f, "old");
        IOException thrown = assertThrows(IOException.class, () -> files.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("p.rasp"), names());

        assertThrows(IllegalStateException.class, () -> files.write(f, out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of("p.rasp"), names());
    }

    @Test
    void aFailedSyncAlsoRemovesTheTemporaryFile() throws IOException {
        AtomicFiles failing = new AtomicFiles(new AtomicFiles.Sync() {
            @Override
            public void file(FileChannel channel) throws IOException {
                throw new IOException("I/O error");
            }

            @Override
            public void folder(Path folder) {
            }
        });
        Path f = dir.resolve("p.rasp");
        assertThrows(IOException.class, () -> failing.write(f, out -> out.write(1)));
        assertEquals(List.of(), names());
    }

    @Test
    void fsyncsTheFileBeforeTheRenameAndTheFolderAfter() throws IOException {
        Path f = dir.resolve("sub").resolve("p.rasp");
        files.write(f, out -> out.write(1));
        assertEquals(List.of("file", "folder sub"), synced);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
