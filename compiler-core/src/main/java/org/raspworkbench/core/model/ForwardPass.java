package org.raspworkbench.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.input.InputChecker;
import org.raspworkbench.core.rasp.Padding;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.validation.DynamicValidator;
import org.raspworkbench.core.validation.NumericalMlpInputs;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs a compiled model on {@code [BOS] + input} (the input may end with PAD tokens, which every
 * head masks as keys, as Tracr's model does) exactly as Tracr's model does: token plus position
 * embeddings (the BOS position has none), then per layer attention (logits divided by
 * {@code sqrt(key_size)}, causal mask when set, softmax) and a ReLU MLP, each added to the residual
 * stream; then the unembedding (argmax for a categorical output, the value for a numerical one).
 * Alongside, the RASP evaluator runs the program on the same input and Tracr's dynamic validator
 * checks that evaluation, as does our check of the numerical MLPs' inputs against the value sets
 * they were built for.
 */
public final class ForwardPass {
    private ForwardPass() {
    }

    /**
     * @param input the tokens after the BOS, possibly ending with PAD tokens; the RASP evaluation runs
     *              on the part before them, and reports {@code None} at PAD positions
     * @throws IllegalArgumentException if the input holds a token outside the vocabulary or is longer
     *                                  than {@code max_seq_len} (parse inputs with the language's
     *                                  input parser, which reports these as errors)
     */
    public static ForwardTrace run(CompiledModel model, List<Value> input) {
        checkInput(model, input);
        ModelConfig c = model.config();
        double[][] x = embed(model, tokenIds(model), input);
        boolean[] padKey = padPositions(model, input);
        List<double[][]> snapshots = new ArrayList<>();
        snapshots.add(copy(x));
        List<List<double[][]>> attention = new ArrayList<>();
        for (LayerCircuit layer : model.circuits()) {
            // every head reads the same residual stream; their outputs are added together afterwards
            List<HeadRunner.Result> results = new ArrayList<>();
            for (HeadCircuit h : layer.heads()) results.add(HeadRunner.run(h, x, c.keySize(), c.causal(), padKey));
            List<double[][]> patterns = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                HeadRunner.addTo(x, layer.heads().get(i), results.get(i).output());
                patterns.add(results.get(i).weights());
            }
            while (patterns.size() < c.heads()) patterns.add(HeadRunner.idle(x.length, c.causal(), padKey));
            attention.add(patterns);
            snapshots.add(copy(x));
            MlpRunner.run(layer, x);
            snapshots.add(copy(x));
        }
        List<Value> decoded = decode(model, x);
        Evaluation evaluation = Evaluator.evaluate(model.program(), input);
        List<Diagnostic> warnings = new ArrayList<>(DynamicValidator.run(model.output().sop(), evaluation));
        warnings.addAll(NumericalMlpInputs.run(evaluation, model::valueSetOf));
        return new ForwardTrace(input, snapshots, attention, decoded, evaluation.output(), warnings, evaluation);
    }

    private static void checkInput(CompiledModel model, List<Value> input) {
        List<Diagnostic> problems = InputChecker.check(input, model.program().settings());
        if (!problems.isEmpty()) throw new IllegalArgumentException(problems.get(0).message());
    }

    /** Tracr's input mask: the positions holding PAD (never the BOS at 0), which no query attends to. */
    static boolean[] padPositions(CompiledModel model, List<Value> input) {
        boolean[] pad = new boolean[input.size() + 1];
        int unpadded = Padding.unpaddedLength(input, model.program().settings());
        for (int p = unpadded + 1; p < pad.length; p++) pad[p] = true;
        return pad;
    }

    /** Each token's embedding row. */
    static Map<Value, Integer> tokenIds(CompiledModel model) {
        Map<Value, Integer> tokenId = new HashMap<>();
        for (int i = 0; i < model.tokenOrder().size(); i++) tokenId.put(model.tokenOrder().get(i), i);
        return tokenId;
    }

    static double[][] embed(CompiledModel model, Map<Value, Integer> tokenId, List<Value> input) {
        double[][] x = new double[input.size() + 1][];
        StrValue bos = StrValue.of(model.program().settings().bos());
        for (int p = 0; p < x.length; p++) x[p] = embedRow(model, tokenId.get(p == 0 ? bos : input.get(p - 1)), p);
        return x;
    }

    /** The residual row of the token with id {@code token} at sequence position p (0 = the BOS, no position). */
    static double[] embedRow(CompiledModel model, int token, int p) {
        Embedding e = model.embedding();
        double[] row = new double[model.config().dModel()];
        row[e.tokenColumns()[token]] = 1;
        if (e.one() >= 0) row[e.one()] = 1;
        if (p > 0) row[e.positionColumns()[p - 1]] = 1;
        return row;
    }

    private static List<Value> decode(CompiledModel model, double[][] x) {
        SOpReadout out = SOpReadout.output(model);
        List<Value> decoded = new ArrayList<>();
        decoded.add(StrValue.of(model.program().settings().bos()));
        for (int p = 1; p < x.length; p++) decoded.add(out.decode(x[p]));
        return decoded;
    }

    private static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int p = 0; p < x.length; p++) c[p] = x[p].clone();
        return c;
    }
}
