package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.bases.BasisDirection;

/**
 * A plain-Java evaluator of craft blocks on residual vectors (maps from direction to amount),
 * independent of the compiler's own assembly: MLP = second(relu(first(x))), attention = softmax
 * over keys of q^T M k, blocks of a series add to the residual one after the other.
 */
final class CraftEval {
    private CraftEval() {
    }

    static Map<BasisDirection, Double> apply(Linear linear, Map<BasisDirection, Double> x) {
        Map<BasisDirection, Double> out = new HashMap<>();
        for (int i = 0; i < linear.input().dim(); i++) {
            double xi = x.getOrDefault(linear.input().basis().get(i), 0.0);
            if (xi == 0) continue;
            for (int j = 0; j < linear.output().dim(); j++) {
                double w = linear.matrix()[i][j];
                if (w != 0) out.merge(linear.output().basis().get(j), xi * w, Double::sum);
            }
        }
        return out;
    }

    static Map<BasisDirection, Double> relu(Map<BasisDirection, Double> x) {
        Map<BasisDirection, Double> out = new HashMap<>();
        x.forEach((d, v) -> out.put(d, Math.max(0, v)));
        return out;
    }

    /** What an MLP adds to the residual at one position. */
    static Map<BasisDirection, Double> mlp(Mlp mlp, Map<BasisDirection, Double> x) {
        return apply(mlp.second(), relu(apply(mlp.first(), x)));
    }

    static double bilinear(Bilinear b, Map<BasisDirection, Double> q, Map<BasisDirection, Double> k) {
        double s = 0;
        for (int i = 0; i < b.left().dim(); i++) {
            double qi = q.getOrDefault(b.left().basis().get(i), 0.0);
            if (qi == 0) continue;
            for (int j = 0; j < b.right().dim(); j++) {
                s += qi * b.matrix()[i][j] * k.getOrDefault(b.right().basis().get(j), 0.0);
            }
        }
        return s;
    }

    /** The attention weights [query][key] of a head on a sequence (position 0 is the BOS). */
    static double[][] weights(AttentionHead head, List<Map<BasisDirection, Double>> seq) {
        return weights(head, seq, 1);
    }

    /** As {@link #weights(AttentionHead, List)} with logits multiplied by {@code scale}. */
    static double[][] weights(AttentionHead head, List<Map<BasisDirection, Double>> seq, double scale) {
        int n = seq.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] logits = new double[n];
            for (int j = 0; j < n; j++) {
                logits[j] = head.causal() && j > i ? Double.NEGATIVE_INFINITY : scale * bilinear(head.qk(), seq.get(i), seq.get(j));
                max = Math.max(max, logits[j]);
            }
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[i][j] = Math.exp(logits[j] - max);
                sum += w[i][j];
            }
            for (int j = 0; j < n; j++) w[i][j] /= sum;
        }
        return w;
    }

    /** What a head adds to the residual at every position. */
    static List<Map<BasisDirection, Double>> attention(AttentionHead head, List<Map<BasisDirection, Double>> seq) {
        return attention(head, seq, 1);
    }

    static List<Map<BasisDirection, Double>> attention(AttentionHead head, List<Map<BasisDirection, Double>> seq,
                                                       double scale) {
        double[][] w = weights(head, seq, scale);
        List<Map<BasisDirection, Double>> values = new ArrayList<>();
        for (Map<BasisDirection, Double> x : seq) values.add(apply(head.ov(), x));
        List<Map<BasisDirection, Double>> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            Map<BasisDirection, Double> o = new HashMap<>();
            for (int j = 0; j < seq.size(); j++) {
                double wij = w[i][j];
                values.get(j).forEach((d, v) -> o.merge(d, wij * v, Double::sum));
            }
            out.add(o);
        }
        return out;
    }

    /** The residual stream after the block, each sub-block adding its output. */
    static List<Map<BasisDirection, Double>> run(CraftBlock block, List<Map<BasisDirection, Double>> seq) {
        List<Map<BasisDirection, Double>> delta;
        if (block instanceof SeriesWithResiduals s) {
            List<Map<BasisDirection, Double>> x = seq;
            for (CraftBlock b : s.blocks()) x = run(b, x);
            return x;
        } else if (block instanceof AttentionHead h) {
            delta = attention(h, seq);
        } else {
            Mlp m = (Mlp) block;
            delta = new ArrayList<>();
            for (Map<BasisDirection, Double> x : seq) delta.add(mlp(m, x));
        }
        List<Map<BasisDirection, Double>> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            Map<BasisDirection, Double> r = new HashMap<>(seq.get(i));
            delta.get(i).forEach((d, v) -> r.merge(d, v, Double::sum));
            out.add(r);
        }
        return out;
    }

    /** A residual vector with 1 on each given direction. */
    static Map<BasisDirection, Double> oneHot(BasisDirection... dirs) {
        Map<BasisDirection, Double> x = new HashMap<>();
        for (BasisDirection d : dirs) x.merge(d, 1.0, Double::sum);
        return x;
    }
}
