package org.raspworkbench.core.export;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * numpy's {@code .npy} format (version 1.0 written, 1.0-3.0 read): magic, a Python-literal header
 * padded to 64 bytes, then C-order little-endian data. Written by hand because ND4J's writer gets
 * views wrong and this keeps exports free of native code.
 */
public final class NpyFormat {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFormat() {
    }

    public static byte[] write(NdArray array, DType type) {
        byte[] header = header(array.shape(), type);
        ByteBuffer buf = ByteBuffer.allocate(header.length + array.data().length * type.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(header);
        for (double v : array.data()) {
            if (type == DType.FLOAT32) buf.putFloat((float) v);
            else buf.putDouble(v);
        }
        return buf.array();
    }

    /** The magic, version 1.0 and the padded header of an array of {@code shape}: what precedes its data. */
    static byte[] header(int[] shape, DType type) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(type.descr())
                .append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) dict.append(", ");
            dict.append(shape[i]);
        }
        if (shape.length == 1) dict.append(',');
        dict.append("), }");
        int prefix = MAGIC.length + 2 + 2;
        int total = prefix + dict.length() + 1;
        int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
        dict.append(" ".repeat(padded - total)).append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream(padded);
        out.writeBytes(MAGIC);
        out.write(1);
        out.write(0);
        int len = dict.length();
        out.write(len & 0xFF);
        out.write((len >> 8) & 0xFF);
        out.writeBytes(dict.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Reads one array; float32 and float64 little-endian C-order data only. */
    public static NdArray read(InputStream in) throws IOException {
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
