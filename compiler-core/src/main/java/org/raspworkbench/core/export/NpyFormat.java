package org.raspworkbench.core.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * numpy's {@code .npy} format (version 1.0): magic, a Python-literal header
 * padded to 64 bytes, then C-order little-endian data. Written by hand because ND4J's writer gets
 * views wrong and this keeps exports free of native code.
 */
public final class NpyFormat {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

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
}
