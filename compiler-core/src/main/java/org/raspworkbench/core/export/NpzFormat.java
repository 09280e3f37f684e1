package org.raspworkbench.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * numpy's {@code .npz}: a zip of {@code key.npy} entries, STORED (uncompressed) as
 * {@code numpy.savez} writes them, so any npz reader (and ND4J) can open it.
 */
public final class NpzFormat {
    private static final String SUFFIX = ".npy";

    private NpzFormat() {
    }

    public static void write(Path file, List<NamedArray> arrays, DType type) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, arrays, type);
        }
    }

    public static void write(OutputStream out, List<NamedArray> arrays, DType type) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (NamedArray a : arrays) {
            byte[] bytes = NpyFormat.write(a.array(), type);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            ZipEntry entry = new ZipEntry(a.key() + SUFFIX);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The arrays in file order, keys without the {@code .npy} suffix. */
    public static List<NamedArray> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static List<NamedArray> read(InputStream in) throws IOException {
        List<NamedArray> arrays = new ArrayList<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (!name.endsWith(SUFFIX)) continue;
            arrays.add(new NamedArray(name.substring(0, name.length() - SUFFIX.length()), NpyFormat.read(zip)));
        }
        return arrays;
    }
}
