package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** The batched pass gives bit for bit the single pass's last residual stream, and its attention. */
class BatchedForwardPassTest {
    private static final String SORT = """
            set vocab [1, 2, 3, 4];
            set max_seq_len 4;
            keys = sequence_map(lambda x, i: x + 1 * i / 4, tokens, indices);
            smaller = select(keys, keys, <);
            target_pos = selector_width(smaller);
            sel_new = select(target_pos, indices, ==);
            sort = aggregate(sel_new, tokens);
            """;

    /** Heads in layer 0 (the length), so no layer runs per (token, position); PAD masks keys. */
    static final String REVERSE = """
            set vocab "abc";
            set max_seq_len 5;
            opp_idx = length - indices;
            opp_idx_1 = opp_idx - 1;
            flip = select(indices, opp_idx_1, ==);
            reverse = aggregate(flip, tokens);
            output reverse;
            """;

    @Test
    void sameBitsAsOneInputAtATime() {
        CompiledModel model = Compiler.compile(SORT).model().orElseThrow();
        Random r = new Random(3);
        List<List<Value>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<Value> in = new ArrayList<>();
            for (int p = 0; p < 4; p++) in.add(IntValue.of(1 + r.nextInt(4)));
            batch.add(in);
        }
        assertSameAsSingle(model, batch);
    }

    @Test
    void sameBitsWithHeadsInTheFirstLayerAndPaddedInputs() {
        CompiledModel model = Compiler.compile(REVERSE).model().orElseThrow();
        assertThat(model.circuits().get(0).heads()).isNotEmpty();
        String pad = model.program().settings().pad();
        List<List<Value>> batch = new ArrayList<>();
        Random r = new Random(5);
        for (int i = 0; i < 30; i++) {
            List<Value> in = new ArrayList<>();
            int real = 1 + r.nextInt(5);
            for (int p = 0; p < 5; p++) in.add(p < real ? StrValue.of("abc".substring(r.nextInt(3)).substring(0, 1)) : StrValue.of(pad));
            batch.add(in);
        }
        assertSameAsSingle(model, batch);
    }

    private static void assertSameAsSingle(CompiledModel model, List<List<Value>> batch) {
        BatchedForwardPass.Batch out = BatchedForwardPass.run(model, batch, Precision.FLOAT64, true);
        for (int b = 0; b < batch.size(); b++) {
            ForwardTrace single = ForwardPass.run(model, batch.get(b));
            double[][] last = single.snapshots().get(single.snapshots().size() - 1);
            assertThat(out.residuals()[b]).isDeepEqualTo(last);
            for (int layer = 0; layer < model.config().layers(); layer++) {
                for (int h = 0; h < model.circuits().get(layer).heads().size(); h++) {
                    assertThat(out.attention()[b][layer][h]).isDeepEqualTo(single.attention().get(layer).get(h));
                }
            }
        }
    }

    @Test
    void float32RoundsEveryEntryButStaysClose() {
        CompiledModel model = Compiler.compile(SORT).model().orElseThrow();
        List<List<Value>> batch = List.of(List.of(IntValue.of(3), IntValue.of(1), IntValue.of(4), IntValue.of(1)));
        double[][] f64 = BatchedForwardPass.run(model, batch, Precision.FLOAT64, false).residuals()[0];
        double[][] f32 = BatchedForwardPass.run(model, batch, Precision.FLOAT32, false).residuals()[0];
        for (int p = 0; p < f32.length; p++) {
            for (int c = 0; c < f32[p].length; c++) {
                assertThat(f32[p][c]).isEqualTo((double) (float) f32[p][c]);
                assertThat(Math.abs(f32[p][c] - f64[p][c])).isLessThan(1e-3);
            }
        }
    }
}
