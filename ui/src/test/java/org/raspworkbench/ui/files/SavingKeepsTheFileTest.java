package org.raspworkbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save must leave behind: the same file, with the new text, and nothing else. */
class SavingKeepsTheFileTest {
    @TempDir
    Path dir;
    private final FileIo io = new FileIo();

    @AfterEach
    void close() {
        io.close();
    }

    @Test
    void aSavedFileKeepsItsPermissions() throws Exception {
        Path f = dir.resolve("p.rasp");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        io.write(f, "new").get(10, TimeUnit.SECONDS);
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    }

    @Test
    void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("src")).resolve("p.rasp");
        Files.writeString(real, "old");
        Path link = dir.resolve("p.rasp");
        Files.createSymbolicLink(link, real);
        io.write(link, "new").get(10, TimeUnit.SECONDS);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("p.rasp");
        Files.writeString(f, "old");
        // Unencodable text (a lone surrogate) fails half-way through the write on every file system.
        assertThatThrownBy(() -> io.write(f, "x\ud800y").get(10, TimeUnit.SECONDS))
                .hasMessageContaining("Cannot save");
        assertThat(Files.readString(f)).isEqualTo("old");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("p.rasp");
        }
    }
}
