package org.raspworkbench.core.export;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads back what {@link NpyFormat} and {@link NpzFormat} write (npy versions 1.0 to 3.0, stored or
 * compressed npz entries), so tests can check exports without Python. Test code only: the product
 * never reads numpy files.
 */
public final class NumpyReader {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NumpyReader() {
    }

    /** The arrays in file order, keys without the {@code .npy} suffix (stored or compressed entries). */
    public static List<NamedArray> readNpz(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readNpz(in);
        }
    }

    public static List<NamedArray> readNpz(InputStream in) throws IOException {
        List<NamedArray> arrays = new ArrayList<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (!name.endsWith(".npy")) continue;
            arrays.add(new NamedArray(name.substring(0, name.length() - 4), readNpy(zip)));
        }
        return arrays;
    }

    /** Reads one array; float32 and float64 little-endian C-order data only. */
    public static NdArray readNpy(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) throw new IOException("not a .npy file (bad magic)");
        }
        int major = data.readUnsignedByte();
        data.readUnsignedByte();
        long headerLength;
        if (major == 1) {
            headerLength = data.readUnsignedByte() | (data.readUnsignedByte() << 8);
        } else if (major == 2 || major == 3) {
            byte[] b = new byte[4];
            data.readFully(b);
            headerLength = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        } else {
            throw new IOException("unsupported .npy version " + major);
        }
        byte[] headerBytes = new byte[(int) headerLength];
        data.readFully(headerBytes);
        String header = new String(headerBytes, StandardCharsets.ISO_8859_1);
        DType type = DType.byDescr(find(DESCR, header, "descr"))
                .orElseThrow(() -> new IOException("unsupported dtype in header " + header.trim()));
        if (find(FORTRAN, header, "fortran_order").equals("True")) throw new IOException("Fortran-order arrays are not supported");
        int[] shape = parseShape(find(SHAPE, header, "shape"));
        long n = 1;
        for (int d : shape) n *= d;
        byte[] raw = new byte[Math.toIntExact(n * type.bytes())];
        data.readFully(raw);
        ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[(int) n];
        for (int i = 0; i < n; i++) values[i] = type == DType.FLOAT32 ? buf.getFloat() : buf.getDouble();
        return new NdArray(shape, values);
    }

    private static String find(Pattern p, String header, String what) throws IOException {
        Matcher m = p.matcher(header);
        if (!m.find()) throw new IOException("no " + what + " in .npy header " + header.trim());
        return m.group(1);
    }

    private static int[] parseShape(String tuple) {
        List<Integer> dims = new ArrayList<>();
        for (String part : tuple.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) dims.add(Integer.parseInt(t.endsWith("L") ? t.substring(0, t.length() - 1) : t));
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }
}
