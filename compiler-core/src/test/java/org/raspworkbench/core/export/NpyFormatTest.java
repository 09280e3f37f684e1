package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class NpyFormatTest {
    private static final NdArray CUBE = new NdArray(new int[] {2, 3, 4}, range(24));

    @Test
    void headerIsNumpysLiteralPaddedTo64Bytes() {
        byte[] bytes = NpyFormat.write(NdArray.of(new double[] {1, 2, 3}), DType.FLOAT32);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }").endsWith("\n");
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(bytes).hasSize(10 + headerLength + 3 * 4);
        assertThat(bytes[0]).isEqualTo((byte) 0x93);
        assertThat(new String(bytes, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
    }

    @Test
    void dataIsLittleEndianInCOrder() {
        byte[] bytes = NpyFormat.write(NdArray.of(new double[][] {{1, 2}, {3, 4}}, 2), DType.FLOAT64);
        int start = bytes.length - 4 * 8;
        // 2.0 as a little-endian double: 00 .. 00 40 at the end of the second element
        assertThat(bytes[start + 15]).isEqualTo((byte) 0x40);
        assertThat(bytes[start + 8]).isZero();
    }

    @Test
    void roundTripsEveryRankAndType() throws IOException {
        for (DType t : DType.values()) {
            for (NdArray a : List.of(CUBE, NdArray.of(new double[] {0.5, -2}), NdArray.of(new double[][] {{1, 2, 3}}, 3),
                    new NdArray(new int[] {0, 5}, new double[0]), new NdArray(new int[] {}, new double[] {7}))) {
                NdArray back = NumpyReader.readNpy(new ByteArrayInputStream(NpyFormat.write(a, t)));
                assertThat(back).isEqualTo(a);
            }
        }
    }

    @Test
    void float32RoundsToFloat() throws IOException {
        NdArray a = NdArray.of(new double[] {0.1});
        NdArray back = NumpyReader.readNpy(new ByteArrayInputStream(NpyFormat.write(a, DType.FLOAT32)));
        assertThat(back.data()[0]).isEqualTo((double) 0.1f);
    }

    @Test
    void rejectsWhatIsNotNpy() {
        assertThatThrownBy(() -> NumpyReader.readNpy(new ByteArrayInputStream("hello, world".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
    }

    @Test
    void npzIsAZipOfDeflatedNpyEntries() throws IOException {
        List<NamedArray> arrays = List.of(new NamedArray("embed.W_E", CUBE),
                new NamedArray("unembed.b_U", NdArray.of(new double[] {1, 2})));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpzFormat.write(out, arrays, DType.FLOAT64);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e = zip.getNextEntry();
            assertThat(e.getName()).isEqualTo("embed.W_E.npy");
            assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
        }
        List<NamedArray> back = NumpyReader.readNpz(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).isEqualTo(arrays);
    }

    @Test
    void ndArrayChecksItsShape() {
        assertThatThrownBy(() -> new NdArray(new int[] {2, 2}, new double[3])).hasMessageContaining("needs 4");
        assertThat(CUBE.toTensor3()[1][2][3]).isEqualTo(23);
        assertThat(NdArray.of(new double[][] {{1, 2}, {3, 4}}, 2).toMatrix()[1][0]).isEqualTo(3);
    }

    private static double[] range(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = i;
        return d;
    }
}
