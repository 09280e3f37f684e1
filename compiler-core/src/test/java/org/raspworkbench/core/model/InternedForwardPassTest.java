package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.fuzz.ProgramSpec;
import org.raspworkbench.core.fuzz.ProgramSpecs;
import org.raspworkbench.core.fuzz.SpecToSource;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The interned pass gives bit for bit the batched pass's last residual stream (itself the single
 * pass's), in both precisions, on the samples, the golden programs and random programs, on inputs
 * that repeat (so kept attention rows are read back), given as vocabulary indices, after a reset, and
 * with PAD; and so do the attention rows it makes again for a diagnosis.
 */
class InternedForwardPassTest {
    static Stream<Path> programs() throws IOException {
        return org.raspworkbench.core.testsupport.ProgramFiles.samplesAndGolden();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void sameBitsAsTheBatchedPass(Path file) throws IOException {
        Compilation c = Compiler.compile(Files.readString(file));
        CompiledModel model = c.model().orElseThrow();
        assertThat(InternedForwardPass.supports(model)).isTrue();
        assertSameBits(model, inputs(model, 7, 60, false));
    }

    /**
     * Sort at n = 16: 257 key contents, so a two-class head's classes span several 64-bit words,
     * and inputs growing in length, so the classed key contents grow from run to run.
     */
    @Test
    void sameBitsWhereTwoClassesSpanManyKeyContents() {
        CompiledModel model = Compiler.compile(org.raspworkbench.core.testsupport.SortProgram.at(16)).model().orElseThrow();
        List<List<Value>> inputs = new ArrayList<>(inputs(model, 9, 40, false));
        inputs.sort(java.util.Comparator.comparingInt(List::size));
        assertSameBits(model, inputs.subList(0, 20));
        assertSameBits(model, inputs);
    }

    @Property(seed = "20261201", tries = 120)
    void sameBitsOnRandomPrograms(@ForAll("specs") ProgramSpec spec) {
        Compilation c = Compiler.compile(SpecToSource.render(spec));
        if (c.model().isEmpty()) return;
        CompiledModel model = c.model().get();
        assertThat(InternedForwardPass.supports(model)).isTrue();
        assertSameBits(model, inputs(model, spec.hashCode(), 30, false));
    }

    @Provide
    Arbitrary<ProgramSpec> specs() {
        return ProgramSpecs.programs();
    }

    @Test
    void sameBitsWithPaddedInputsAndHeadsInTheFirstLayer() {
        CompiledModel model = Compiler.compile(BatchedForwardPassTest.REVERSE).model().orElseThrow();
        assertSameBits(model, inputs(model, 5, 40, true));
    }

    private static void assertSameBits(CompiledModel model, List<List<Value>> inputs) {
        for (Precision precision : Precision.values()) {
            InternedForwardPass pass = new InternedForwardPass(model, precision);
            int d = model.config().dModel();
            ContentReader all = pass.reader(IntStream.range(0, d).toArray());
            // twice, and again after a reset: the second run reads back what the first kept
            for (int round = 0; round < 3; round++) {
                if (round == 2) pass.reset();
                BatchedForwardPass.Batch batched = BatchedForwardPass.run(model, inputs, precision, true);
                double[][][] want = batched.residuals();
                // the second round given the inputs as vocabulary indices too (where the vocabulary holds them)
                int[][] tokens = round == 1 ? vocabularyIndices(model, inputs) : null;
                pass.run(inputs, tokens);
                for (int b = 0; b < inputs.size(); b++) {
                    for (int p = 0; p < want[b].length; p++) {
                        assertThat(all.vector(all.content(b, p))).as("%s input %s row %d", precision, inputs.get(b), p)
                                .isEqualTo(want[b][p]);
                    }
                    // each head's attention made again (for a diagnosis) has the batched pass's bits
                    double[][][][] attention = batched.attention()[b];
                    for (int l = 0; l < model.circuits().size(); l++) {
                        for (int h = 0; h < model.circuits().get(l).heads().size(); h++) {
                            for (int p = 0; p < want[b].length; p++) {
                                assertThat(pass.attentionRow(b, l, h, p))
                                        .as("%s input %s layer %d head %d row %d", precision, inputs.get(b), l, h, p)
                                        .isEqualTo(attention[l][h][p]);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Each input's tokens as indices into the vocabulary; null when some token (PAD) is not in it. */
    private static int[][] vocabularyIndices(CompiledModel model, List<List<Value>> inputs) {
        List<Value> vocab = model.program().settings().vocab();
        int[][] out = new int[inputs.size()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = inputs.get(b).stream().mapToInt(vocab::indexOf).toArray();
            if (java.util.Arrays.stream(out[b]).anyMatch(i -> i < 0)) return null;
        }
        return out;
    }

    /** Random inputs of every length, each length's inputs repeated once (as sampled verification meets them). */
    private static List<List<Value>> inputs(CompiledModel model, long seed, int count, boolean padded) {
        List<Value> vocab = model.program().settings().vocab();
        int max = model.maxSeqLen();
        Random r = new Random(seed);
        List<List<Value>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 1 + r.nextInt(max);
            List<Value> in = new ArrayList<>();
            for (int p = 0; p < n; p++) in.add(vocab.get(r.nextInt(vocab.size())));
            if (padded) {
                while (in.size() < max) in.add(StrValue.of(model.program().settings().pad()));
            }
            out.add(in);
            if (i % 3 == 0) out.add(List.copyOf(in));
        }
        return out;
    }
}
