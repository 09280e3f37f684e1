package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;

/**
 * The state dict streamed from the compact circuits is, array for array and element for element,
 * the one the dense ND4J assembly gives (the export's path before it streamed), and so is what
 * reaches the compressed file, in both element types.
 */
class StreamedStateDictTest {
    static Stream<String> programs() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(GoldenWeightsCheck.goldenDir())) {
            files.map(Path::toString).filter(n -> n.endsWith(".rasp")).sorted().forEach(names::add);
        }
        Path samples = GoldenWeightsCheck.repoRoot().resolve("sample-programs");
        for (String s : List.of("sat3_verifier", "count_less_freq", "sort_freq", "shuffle_dyck3", "detect_pattern")) {
            names.add(samples.resolve(s + ".rasp").toString());
        }
        assertThat(names).hasSizeGreaterThan(10);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void streamedArraysEqualTheDenseOnes(String file) throws IOException {
        CompiledModel model = compile(Files.readString(Path.of(file)));
        assertSameAsDense(model);
        assertSameFiles(model);
    }

    /** The bench's sort at n = 16: a sparse lookup table (the keys MLP) and a causal variant. */
    @Test
    void sparseMapsAndCausalModelsToo() throws IOException {
        String text = org.raspworkbench.core.testsupport.SortProgram.at(16);
        CompiledModel model = compile(text);
        assertThat(model.circuits().get(0).mlp().get(0).block().second().isSparse()).isTrue();
        assertSameAsDense(model);
        RaspProgram p = ProgramRunner.run(text).program().orElseThrow();
        CompileSettings s = p.settings();
        RaspProgram causal = new RaspProgram(new CompileSettings(s.vocab(), s.maxSeqLen(), Optional.empty(), true, s.bos(),
                s.pad(), s.mlpExactness()), p.output(), p.nodes(), p.warnings());
        assertSameAsDense(Compiler.compile(causal).model().orElseThrow());
    }

    private static CompiledModel compile(String text) {
        Compilation c = Compiler.compile(text);
        assertThat(c.model()).as(c.diagnostics().toString()).isPresent();
        return c.model().get();
    }

    private static void assertSameAsDense(CompiledModel model) throws IOException {
        TransformerLensWeights dense = DenseStateDict.of(model);
        assertThat(CircuitsToStateDict.config(model)).isEqualTo(dense.config());
        List<NamedArray> expected = dense.stateDict();
        List<StateDictEntry> streamed = CircuitsToStateDict.run(model);
        assertThat(streamed).extracting(StateDictEntry::key).containsExactlyElementsOf(
                expected.stream().map(NamedArray::key).toList());
        for (int i = 0; i < expected.size(); i++) {
            NdArray want = expected.get(i).array();
            NdArray got = collect(streamed.get(i));
            assertThat(got.shape()).as(expected.get(i).key()).containsExactly(want.shape());
            double[] w = want.data();
            double[] g = got.data();
            for (int j = 0; j < w.length; j++) {
                if (Double.doubleToRawLongBits(w[j]) != Double.doubleToRawLongBits(g[j])) {
                    throw new AssertionError(expected.get(i).key() + " element " + j + ": dense " + w[j] + ", streamed " + g[j]);
                }
            }
        }
    }

    /** Written as npz (compressed, streamed) and read back, the arrays equal the dense ones written the same way. */
    private static void assertSameFiles(CompiledModel model) throws IOException {
        for (DType t : DType.values()) {
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            NpzFormat.write(streamed, CircuitsToStateDict.run(model), t);
            ByteArrayOutputStream dense = new ByteArrayOutputStream();
            NpzFormat.write(dense, DenseStateDict.of(model).stateDict(), t);
            assertThat(NumpyReader.readNpz(new ByteArrayInputStream(streamed.toByteArray())))
                    .isEqualTo(NumpyReader.readNpz(new ByteArrayInputStream(dense.toByteArray())));
        }
    }

    /** An entry's rows gathered into one array, checking that it gives as many rows, of the width, as its shape says. */
    static NdArray collect(StateDictEntry e) throws IOException {
        int[] shape = e.shape();
        double[] data = new double[Math.toIntExact(e.size())];
        int width = shape[shape.length - 1];
        int[] at = {0};
        e.writeRows(row -> {
            assertThat(row).hasSize(width);
            System.arraycopy(row, 0, data, at[0], width);
            at[0] += width;
        });
        assertThat(at[0]).isEqualTo(data.length);
        return new NdArray(shape, data);
    }
}
