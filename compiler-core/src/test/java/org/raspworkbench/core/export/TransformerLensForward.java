package org.raspworkbench.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * TransformerLens's forward pass on plain arrays, with the settings of an export: scores scaled by
 * {@code 1/sqrt(d_head)}, softmax over keys (masked above the diagonal when causal), ReLU MLPs, no
 * layer norm. It is the check that exported arrays mean what the compiler's model computes.
 */
public final class TransformerLensForward {
    private TransformerLensForward() {
    }

    /**
     * Where a run lets a caller read or change activations, at TransformerLens's hook points: each
     * argument may be changed in place, and what it then holds is what the run goes on with.
     */
    public interface Hooks {
        Hooks NONE = new Hooks() {
        };

        /** {@code blocks.L.attn.hook_result} for one head: what it adds to the residual, {@code [pos][d_model]}. */
        default void headResult(int layer, int head, double[][] result) {
        }

        /** {@code blocks.L.hook_mlp_out}, {@code [pos][d_model]}. */
        default void mlpOut(int layer, double[][] out) {
        }

        /** The residual stream at snapshot k (0: {@code hook_resid_pre} of block 0, then after each attention and MLP). */
        default void resid(int snapshot, double[][] x) {
        }
    }

    /** Runs token ids (BOS first, indices into {@code W_E}'s rows). */
    public static TransformerLensRun run(TransformerLensWeights w, int[] tokens) {
        return run(w, tokens, Hooks.NONE);
    }

    /** As {@link #run(TransformerLensWeights, int[])}, with hooks. */
    public static TransformerLensRun run(TransformerLensWeights w, int[] tokens, Hooks hooks) {
        TransformerLensConfig c = w.config();
        if (tokens.length > c.nCtx()) {
            throw new IllegalArgumentException(tokens.length + " tokens exceed n_ctx " + c.nCtx());
        }
        int n = tokens.length;
        double[][] x = new double[n][c.dModel()];
        for (int p = 0; p < n; p++) {
            for (int d = 0; d < c.dModel(); d++) x[p][d] = w.wE()[tokens[p]][d] + w.wPos()[p][d];
        }
        List<double[][]> residuals = new ArrayList<>();
        List<double[][][]> patterns = new ArrayList<>();
        hooks.resid(0, x);
        residuals.add(copy(x));
        int layer = 0;
        for (LayerWeights block : w.blocks()) {
            double[][][] pattern = new double[c.nHeads()][][];
            x = add(x, attention(block.attn(), x, c, pattern, layer, hooks));
            patterns.add(pattern);
            hooks.resid(2 * layer + 1, x);
            residuals.add(copy(x));
            double[][] out = mlp(block.mlp(), x);
            hooks.mlpOut(layer, out);
            x = add(x, out);
            hooks.resid(2 * layer + 2, x);
            residuals.add(copy(x));
            layer++;
        }
        double[][] logits = new double[n][];
        for (int p = 0; p < n; p++) logits[p] = Linalg.affine(x[p], w.wU(), w.bU());
        return new TransformerLensRun(residuals, patterns, logits);
    }

    private static double[][] attention(AttentionWeights a, double[][] x, TransformerLensConfig c, double[][][] patternOut,
                                        int layer, Hooks hooks) {
        int n = x.length;
        double scale = 1 / Math.sqrt(c.dHead());
        double[][] out = new double[n][];
        for (int p = 0; p < n; p++) out[p] = a.bO().clone();
        for (int h = 0; h < c.nHeads(); h++) {
            double[][] q = new double[n][];
            double[][] k = new double[n][];
            double[][] v = new double[n][];
            for (int p = 0; p < n; p++) {
                q[p] = Linalg.affine(x[p], a.wQ()[h], a.bQ()[h]);
                k[p] = Linalg.affine(x[p], a.wK()[h], a.bK()[h]);
                v[p] = Linalg.affine(x[p], a.wV()[h], a.bV()[h]);
            }
            double[][] pattern = new double[n][n];
            double[][] result = new double[n][];
            for (int i = 0; i < n; i++) {
                int keys = c.causal() ? i + 1 : n;
                double[] scores = new double[keys];
                for (int j = 0; j < keys; j++) scores[j] = Linalg.dot(q[i], k[j]) * scale;
                double[] soft = Linalg.softmax(scores);
                System.arraycopy(soft, 0, pattern[i], 0, keys);
                double[] z = new double[c.dHead()];
                for (int j = 0; j < keys; j++) Linalg.addScaled(z, v[j], soft[j]);
                result[i] = Linalg.affine(z, a.wO()[h], null);
            }
            hooks.headResult(layer, h, result);
            for (int i = 0; i < n; i++) Linalg.addInto(out[i], result[i]);
            patternOut[h] = pattern;
        }
        return out;
    }

    private static double[][] mlp(MlpWeights m, double[][] x) {
        double[][] out = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            double[] hidden = Linalg.affine(x[p], m.wIn(), m.bIn());
            for (int i = 0; i < hidden.length; i++) hidden[i] = Math.max(0, hidden[i]);
            out[p] = Linalg.affine(hidden, m.wOut(), m.bOut());
        }
        return out;
    }

    private static double[][] add(double[][] a, double[][] b) {
        double[][] s = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i].clone();
            Linalg.addInto(s[i], b[i]);
        }
        return s;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
