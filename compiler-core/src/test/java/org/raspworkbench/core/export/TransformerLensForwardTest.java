package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference forward pass on a hand-built one-layer model whose results are worked out by hand. */
class TransformerLensForwardTest {
    /** d_model 3 (tok:a, tok:b, out), one head that copies "is b" averaged over keys, an MLP doubling it. */
    static TransformerLensWeights tiny(boolean causal) {
        TransformerLensConfig c = new TransformerLensConfig(1, 3, 1, 1, 1, 2, 1, 4, causal);
        double[][] wE = {{1, 0, 0}, {0, 1, 0}};
        double[][] wPos = new double[4][3];
        AttentionWeights a = AttentionWeights.zeros(1, 3, 1);
        a.wV()[0][1][0] = 1;
        a.wO()[0][0][2] = 1;
        MlpWeights m = MlpWeights.zeros(3, 1);
        m.wIn()[2][0] = 1;
        m.wOut()[0][2] = 1;
        double[][] wU = {{0}, {0}, {1}};
        return new TransformerLensWeights(c, wE, wPos, List.of(new LayerWeights(a, m)), wU, new double[] {0.5});
    }

    @Test
    void uniformAttentionAveragesAndTheMlpAddsItsRelu() {
        TransformerLensRun run = TransformerLensForward.run(tiny(false), new int[] {0, 1, 1, 0});
        assertThat(run.residuals()).hasSize(3);
        assertThat(run.patterns().get(0)[0][2]).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(run.residuals().get(1)[3][2]).isCloseTo(0.5, within(1e-12));
        assertThat(run.residuals().get(2)[3][2]).isCloseTo(1.0, within(1e-12));
        assertThat(run.logits()[3][0]).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void causalAttentionSeesOnlyEarlierPositions() {
        TransformerLensRun run = TransformerLensForward.run(tiny(true), new int[] {0, 1, 1, 0});
        assertThat(run.patterns().get(0)[0][1]).containsExactly(0.5, 0.5, 0, 0);
        assertThat(run.residuals().get(1)[1][2]).isCloseTo(0.5, within(1e-12));
        assertThat(run.residuals().get(1)[2][2]).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void scoresAreScaledByTheSquareRootOfDHead() {
        TransformerLensWeights w = tiny(false);
        // query and key both read tok:b; with d_head 1 the score of b against b is exactly 1 * 1 / sqrt(1).
        w.blocks().get(0).attn().wQ()[0][1][0] = Math.log(3);
        w.blocks().get(0).attn().wK()[0][1][0] = 1;
        TransformerLensRun run = TransformerLensForward.run(w, new int[] {0, 1});
        assertThat(run.patterns().get(0)[0][1][1]).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void stateDictRoundTripsThroughNpz() throws IOException {
        TransformerLensWeights w = tiny(true);
        List<NamedArray> dict = w.stateDict();
        assertThat(dict).extracting(NamedArray::key).containsExactly("embed.W_E", "pos_embed.W_pos",
                "blocks.0.attn.W_Q", "blocks.0.attn.W_K", "blocks.0.attn.W_V", "blocks.0.attn.W_O", "blocks.0.attn.b_Q",
                "blocks.0.attn.b_K", "blocks.0.attn.b_V", "blocks.0.attn.b_O", "blocks.0.mlp.W_in", "blocks.0.mlp.b_in",
                "blocks.0.mlp.W_out", "blocks.0.mlp.b_out", "unembed.W_U", "unembed.b_U");
        assertThat(dict.get(2).array().shape()).containsExactly(1, 3, 1);
        assertThat(dict.get(5).array().shape()).containsExactly(1, 1, 3);
        assertThat(dict.get(6).array().shape()).containsExactly(1, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpzFormat.write(out, dict, DType.FLOAT64);
        TransformerLensWeights back = TransformerLensWeights.fromStateDict(
                NumpyReader.readNpz(new ByteArrayInputStream(out.toByteArray())), true);
        assertThat(back.config()).isEqualTo(w.config());
        assertThat(back.stateDict()).isEqualTo(dict);
    }
}
