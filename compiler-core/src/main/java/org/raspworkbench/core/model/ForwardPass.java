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
        ResidualRun run = resume(model, input, null, 0, SubLayerHooks.NONE);
        Evaluation evaluation = Evaluator.evaluate(model.program(), input);
        List<Diagnostic> warnings = new ArrayList<>(DynamicValidator.run(model.output().sop(), evaluation));
        warnings.addAll(NumericalMlpInputs.run(evaluation, model::valueSetOf));
        return new ForwardTrace(input, run.snapshots(), run.attention(), run.decoded(), evaluation.output(), warnings,
                evaluation);
    }

    /**
     * Runs the sub-layers from snapshot {@code from} on: the residual stream starts as {@code
     * start}'s snapshot {@code from} (the embeddings when {@code from} is 0 and no trace is given),
     * and the snapshots and attention patterns before it are {@code start}'s own arrays. With
     * {@link SubLayerHooks#NONE} and a {@code start} made from the same input, every snapshot has
     * the bits of {@link #run}; interventions resume at the first sub-layer they change, so only
     * the sub-layers after it run again.
     *
     * @param input the tokens after the BOS (checked as {@link #run} checks them)
     * @param start a run on the same input, or null to start from the embeddings ({@code from} 0)
     * @param from  the snapshot to resume at, 0 to {@code 2 * layers}
     * @throws IllegalArgumentException for an input {@link #run} refuses, a {@code from} outside the
     *                                  snapshots, or no {@code start} for a {@code from} above 0
     */
    public static ResidualRun resume(CompiledModel model, List<Value> input, ForwardTrace start, int from,
                                     SubLayerHooks hooks) {
        checkInput(model, input);
        ModelConfig c = model.config();
        List<LayerCircuit> layers = model.circuits();
        int blocks = 2 * layers.size();
        if (from < 0 || from > blocks) throw new IllegalArgumentException("no snapshot " + from);
        if (start == null && from > 0) throw new IllegalArgumentException("resuming at " + from + " needs a run");
        List<double[][]> snapshots = new ArrayList<>();
        List<List<double[][]>> attention = new ArrayList<>();
        double[][] x;
        if (start == null) {
            x = embed(model, tokenIds(model), input);
        } else {
            if (!start.input().equals(input)) throw new IllegalArgumentException("the run is of another input");
            snapshots.addAll(start.snapshots().subList(0, from));
            // a layer's attention pattern is recomputed only when its attention sub-layer runs again
            attention.addAll(start.attention().subList(0, (from + 1) / 2));
            x = copy(start.snapshots().get(from));
        }
        boolean[] padKey = padPositions(model, input);
        hooks.residual(from, x);
        snapshots.add(copy(x));
        for (int b = from; b < blocks; b++) {
            LayerCircuit layer = layers.get(b / 2);
            if (b % 2 == 0) {
                attention.add(attend(layer, x, c, padKey, hooks));
            } else if (hooks.hooksMlp(layer.layer())) {
                double[][][] parts = MlpRunner.partOutputs(layer, x);
                hooks.mlpPartOutputs(layer.layer(), parts);
                MlpRunner.addParts(layer, x, parts);
            } else {
                MlpRunner.run(layer, x);
            }
            hooks.residual(b + 1, x);
            snapshots.add(copy(x));
        }
        return new ResidualRun(snapshots, attention, decode(model, x));
    }

    /** One attention sub-layer: every head reads the same stream; their outputs are added afterwards. */
    private static List<double[][]> attend(LayerCircuit layer, double[][] x, ModelConfig c, boolean[] padKey,
                                           SubLayerHooks hooks) {
        List<HeadCircuit> heads = layer.heads();
        List<double[][]> outputs = new ArrayList<>();
        List<double[][]> patterns = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            HeadRunner.Result r = HeadRunner.run(heads.get(h), x, c.keySize(), c.causal(), padKey);
            outputs.add(hooks.headOutput(layer.layer(), h, r.output()));
            patterns.add(r.weights());
        }
        for (int h = 0; h < heads.size(); h++) HeadRunner.addTo(x, heads.get(h), outputs.get(h));
        while (patterns.size() < c.heads()) patterns.add(HeadRunner.idle(x.length, c.causal(), padKey));
        return patterns;
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
