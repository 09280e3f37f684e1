package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;

/**
 * One run of the compiled model on {@code [BOS] + input}.
 *
 * @param input      the input, without the BOS
 * @param snapshots  {@code 1 + 2 * layers} residual streams, each {@code [position][direction]}
 *                   (position 0 is the BOS, columns in {@link CompiledModel#residual()} order): the
 *                   embeddings, then after each attention and each MLP sub-layer
 * @param attention  per layer, per head (all {@code config.heads()}, unused ones included) the
 *                   attention weights {@code [query position][key position]}
 * @param decoded    the model's output per position, BOS first (the BOS token itself there)
 * @param evaluated  what the RASP program says the output is, per input position ({@code None}
 *                   where nothing was selected)
 * @param warnings   what Tracr's dynamic validator reports for this input (aggregates the weights get
 *                   wrong on it), then numerical MLPs whose input holds a value outside the value set
 *                   they were built for
 * @param evaluation the RASP evaluation of the program on the same input: the expected value of every
 *                   S-op and selector (its {@code diagnostics()} hold failures of user functions)
 */
public record ForwardTrace(List<Value> input, List<double[][]> snapshots, List<List<double[][]>> attention,
                           List<Value> decoded, List<Value> evaluated, List<Diagnostic> warnings,
                           Evaluation evaluation) {
    public ForwardTrace {
        input = List.copyOf(input);
        snapshots = List.copyOf(snapshots);
        attention = List.copyOf(attention);
        decoded = List.copyOf(decoded);
        evaluated = List.copyOf(evaluated);
        warnings = List.copyOf(warnings);
    }
}
