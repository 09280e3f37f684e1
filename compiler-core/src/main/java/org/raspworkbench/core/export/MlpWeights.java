package org.raspworkbench.core.export;

/** One layer's MLP in TransformerLens's shapes: {@code wIn[dModel][dMlp]}, {@code wOut[dMlp][dModel]}. */
public record MlpWeights(double[][] wIn, double[] bIn, double[][] wOut, double[] bOut) {
    public static MlpWeights zeros(int dModel, int dMlp) {
        return new MlpWeights(new double[dModel][dMlp], new double[dMlp], new double[dMlp][dModel], new double[dModel]);
    }
}
