package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file on disk was when the editor last read or wrote it: modification time and size (cheap
 * to compare on every focus) and a hash of the bytes (so that a touch without a change, or an
 * editor that rewrites the same bytes, is not mistaken for an edit).
 */
public record DiskStamp(long modifiedMillis, long size, byte[] sha256) {
    public static DiskStamp of(BasicFileAttributes attributes, byte[] content) {
        return new DiskStamp(attributes.lastModifiedTime().toMillis(), attributes.size(), hash(content));
    }

    /** The file's stamp now, or empty if there is no file; touches the disk. */
    public static Optional<DiskStamp> read(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(of(a, Files.readAllBytes(file)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    /** Whether the file could differ from this stamp, judged from its attributes alone. */
    public boolean maybeChanged(BasicFileAttributes now) {
        return now.lastModifiedTime().toMillis() != modifiedMillis || now.size() != size;
    }

    public boolean sameContent(DiskStamp other) {
        return Arrays.equals(sha256, other.sha256);
    }

    private static byte[] hash(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiskStamp d && d.modifiedMillis == modifiedMillis && d.size == size && Arrays.equals(d.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(modifiedMillis) * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "DiskStamp[" + modifiedMillis + ", " + size + "]";
    }
}
