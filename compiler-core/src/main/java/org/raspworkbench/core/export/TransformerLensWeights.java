package org.raspworkbench.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole model as TransformerLens's state dict: {@code wE[dVocab][dModel]},
 * {@code wPos[nCtx][dModel]}, the blocks, {@code wU[dModel][dVocabOut]}, {@code bU[dVocabOut]}.
 */
public record TransformerLensWeights(TransformerLensConfig config, double[][] wE, double[][] wPos,
                                     List<LayerWeights> blocks, double[][] wU, double[] bU) {
    public TransformerLensWeights {
        blocks = List.copyOf(blocks);
    }

    /** The state dict in a fixed order, shapes exactly as TransformerLens holds them. */
    public List<NamedArray> stateDict() {
        TransformerLensConfig c = config;
        List<NamedArray> out = new ArrayList<>();
        out.add(new NamedArray("embed.W_E", NdArray.of(wE, c.dModel())));
        out.add(new NamedArray("pos_embed.W_pos", NdArray.of(wPos, c.dModel())));
        for (int l = 0; l < blocks.size(); l++) {
            AttentionWeights a = blocks.get(l).attn();
            MlpWeights m = blocks.get(l).mlp();
            String p = "blocks." + l + ".";
            out.add(new NamedArray(p + "attn.W_Q", NdArray.of(a.wQ(), c.dModel(), c.dHead())));
            out.add(new NamedArray(p + "attn.W_K", NdArray.of(a.wK(), c.dModel(), c.dHead())));
            out.add(new NamedArray(p + "attn.W_V", NdArray.of(a.wV(), c.dModel(), c.dHead())));
            out.add(new NamedArray(p + "attn.W_O", NdArray.of(a.wO(), c.dHead(), c.dModel())));
            out.add(new NamedArray(p + "attn.b_Q", NdArray.of(a.bQ(), c.dHead())));
            out.add(new NamedArray(p + "attn.b_K", NdArray.of(a.bK(), c.dHead())));
            out.add(new NamedArray(p + "attn.b_V", NdArray.of(a.bV(), c.dHead())));
            out.add(new NamedArray(p + "attn.b_O", NdArray.of(a.bO())));
            out.add(new NamedArray(p + "mlp.W_in", NdArray.of(m.wIn(), c.dMlp())));
            out.add(new NamedArray(p + "mlp.b_in", NdArray.of(m.bIn())));
            out.add(new NamedArray(p + "mlp.W_out", NdArray.of(m.wOut(), c.dModel())));
            out.add(new NamedArray(p + "mlp.b_out", NdArray.of(m.bOut())));
        }
        out.add(new NamedArray("unembed.W_U", NdArray.of(wU, c.dVocabOut())));
        out.add(new NamedArray("unembed.b_U", NdArray.of(bU)));
        return out;
    }

    /** Reads a state dict back; the config comes from the shapes (and the given attention direction). */
    public static TransformerLensWeights fromStateDict(List<NamedArray> arrays, boolean causal) {
        Map<String, NdArray> byKey = new HashMap<>();
        for (NamedArray a : arrays) byKey.put(a.key(), a.array());
        double[][] wE = need(byKey, "embed.W_E").toMatrix();
        double[][] wPos = need(byKey, "pos_embed.W_pos").toMatrix();
        double[][] wU = need(byKey, "unembed.W_U").toMatrix();
        int layers = 0;
        while (byKey.containsKey("blocks." + layers + ".attn.W_Q")) layers++;
        List<LayerWeights> blocks = new ArrayList<>();
        int heads = 0;
        int dHead = 0;
        int dMlp = 0;
        for (int l = 0; l < layers; l++) {
            String p = "blocks." + l + ".";
            AttentionWeights a = new AttentionWeights(need(byKey, p + "attn.W_Q").toTensor3(),
                    need(byKey, p + "attn.W_K").toTensor3(), need(byKey, p + "attn.W_V").toTensor3(),
                    need(byKey, p + "attn.W_O").toTensor3(), need(byKey, p + "attn.b_Q").toMatrix(),
                    need(byKey, p + "attn.b_K").toMatrix(), need(byKey, p + "attn.b_V").toMatrix(),
                    need(byKey, p + "attn.b_O").toVector());
            MlpWeights m = new MlpWeights(need(byKey, p + "mlp.W_in").toMatrix(), need(byKey, p + "mlp.b_in").toVector(),
                    need(byKey, p + "mlp.W_out").toMatrix(), need(byKey, p + "mlp.b_out").toVector());
            heads = need(byKey, p + "attn.W_Q").shape()[0];
            dHead = need(byKey, p + "attn.W_Q").shape()[2];
            dMlp = need(byKey, p + "mlp.W_in").shape()[1];
            blocks.add(new LayerWeights(a, m));
        }
        TransformerLensConfig config = new TransformerLensConfig(layers, wE[0].length, dHead, heads, dMlp, wE.length,
                wU[0].length, wPos.length, causal);
        return new TransformerLensWeights(config, wE, wPos, blocks, wU, need(byKey, "unembed.b_U").toVector());
    }

    private static NdArray need(Map<String, NdArray> byKey, String key) {
        NdArray a = byKey.get(key);
        if (a == null) throw new IllegalArgumentException("state dict has no " + key);
        return a;
    }
}
