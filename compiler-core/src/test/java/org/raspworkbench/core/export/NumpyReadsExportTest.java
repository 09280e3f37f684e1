package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;

/**
 * numpy reads the compressed export: {@code np.load} gives every array with the chosen element type,
 * every entry is DEFLATE-compressed as {@code np.savez_compressed} writes it, and the values numpy
 * sees are the dense assembly's (numpy writes them back uncompressed as float64 and they are
 * compared here). Skipped where python3 with numpy is missing.
 */
class NumpyReadsExportTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = String.join("\n",
            "import sys, zipfile, numpy as np",
            "w = np.load('weights.npz')",
            "infos = zipfile.ZipFile('weights.npz').infolist()",
            "assert infos and all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos), 'not deflated'",
            "assert {str(w[k].dtype) for k in w.files} == {sys.argv[1]}, {str(w[k].dtype) for k in w.files}",
            "np.savez('back.npz', **{k: w[k].astype(np.float64) for k in w.files})",
            "");

    @ParameterizedTest
    @EnumSource(DType.class)
    void numpyLoadsTheCompressedArrays(DType type) throws Exception {
        assumeTrue(ExportWriterTest.ReadmeCheck.hasNumpy(), "python3 with numpy is not installed");
        CompiledModel model = Compiler.compile(Files.readString(GoldenWeightsCheck.goldenDir().resolve("sort.rasp")))
                .model().orElseThrow();
        ExportWriter.write(ModelToTransformerLens.run(model, "sort"), dir, type);
        Process p = new ProcessBuilder("python3", "-c", SCRIPT, type.displayName()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        List<NamedArray> seen = NumpyReader.readNpz(dir.resolve("back.npz"));
        List<NamedArray> dense = DenseStateDict.of(model).stateDict();
        assertThat(seen).extracting(NamedArray::key).containsExactlyElementsOf(dense.stream().map(NamedArray::key).toList());
        for (int i = 0; i < dense.size(); i++) {
            double[] want = dense.get(i).array().data().clone();
            if (type == DType.FLOAT32) for (int j = 0; j < want.length; j++) want[j] = (float) want[j];
            assertThat(seen.get(i).array().shape()).containsExactly(dense.get(i).array().shape());
            assertThat(seen.get(i).array().data()).as(dense.get(i).key()).containsExactly(want);
        }
    }

}
