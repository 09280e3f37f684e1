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

    /** Runs token ids (BOS first, indices into {@code W_E}'s rows). */
    public static TransformerLensRun run(TransformerLensWeights w, int[] tokens) {
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
        residuals.add(copy(x));
        for (LayerWeights block : w.blocks()) {
            double[][][] pattern = new double[c.nHeads()][][];
            x = add(x, attention(block.attn(), x, c, pattern));
            patterns.add(pattern);
            residuals.add(copy(x));
            x = add(x, mlp(block.mlp(), x));
            residuals.add(copy(x));
        }
        double[][] logits = new double[n][];
        for (int p = 0; p < n; p++) logits[p] = Linalg.affine(x[p], w.wU(), w.bU());
        return new TransformerLensRun(residuals, patterns, logits);
    }

    private static double[][] attention(AttentionWeights a, double[][] x, TransformerLensConfig c, double[][][] patternOut) {
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
            for (int i = 0; i < n; i++) {
                int keys = c.causal() ? i + 1 : n;
                double[] scores = new double[keys];
                for (int j = 0; j < keys; j++) scores[j] = Linalg.dot(q[i], k[j]) * scale;
                double[] soft = Linalg.softmax(scores);
                System.arraycopy(soft, 0, pattern[i], 0, keys);
                double[] z = new double[c.dHead()];
                for (int j = 0; j < keys; j++) Linalg.addScaled(z, v[j], soft[j]);
                Linalg.addInto(out[i], Linalg.affine(z, a.wO()[h], null));
            }
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
