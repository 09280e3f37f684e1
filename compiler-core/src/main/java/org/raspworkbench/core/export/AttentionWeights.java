package org.raspworkbench.core.export;

/**
 * One layer's attention in TransformerLens's shapes: {@code wQ/wK/wV[head][dModel][dHead]},
 * {@code bQ/bK/bV[head][dHead]}, {@code wO[head][dHead][dModel]}, {@code bO[dModel]}.
 */
public record AttentionWeights(double[][][] wQ, double[][][] wK, double[][][] wV, double[][][] wO, double[][] bQ,
                               double[][] bK, double[][] bV, double[] bO) {
    /** All zero: a layer whose attention does nothing (Tracr leaves such sub-layers empty). */
    public static AttentionWeights zeros(int heads, int dModel, int dHead) {
        return new AttentionWeights(new double[heads][dModel][dHead], new double[heads][dModel][dHead],
                new double[heads][dModel][dHead], new double[heads][dHead][dModel], new double[heads][dHead],
                new double[heads][dHead], new double[heads][dHead], new double[dModel]);
    }
}
