package org.raspworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.Value;

/**
 * Turns a compiled model into a TransformerLens export. Tracr's weights map one to one:
 * {@code d_head} is Tracr's {@code key_size}, {@code n_ctx} is {@code max_seq_len + 1} (the BOS
 * position embeds to zero), biases are zero. The unembedding is the projection onto the output
 * S-op's own directions, one column per value for a categorical output and one column for a
 * numerical one, so logits are exactly the residual's output coordinates. The arrays come from
 * {@link CircuitsToStateDict}, which reads the compact circuits as the file is written.
 */
public final class ModelToTransformerLens {
    private ModelToTransformerLens() {
    }

    /** The export of {@code model} under {@code name}, with the program's example run when it has one. */
    public static TransformerLensExport run(CompiledModel model, String name) {
        return new TransformerLensExport(name, CircuitsToStateDict.config(model), CircuitsToStateDict.run(model), vocab(model),
                example(model));
    }

    static ExportVocab vocab(CompiledModel model) {
        CompileSettings s = model.program().settings();
        Encoding encoding = model.output().encoding();
        List<Value> outputValues = new ArrayList<>();
        if (encoding == Encoding.CATEGORICAL) {
            for (BasisDirection d : model.output().unembedding()) outputValues.add(d.value());
        }
        List<String> residual = model.residual().stream().map(BasisDirection::label).toList();
        return new ExportVocab(model.tokenOrder(), encoding, model.output().sop().name(), outputValues, residual, s);
    }

    private static Optional<ExportExample> example(CompiledModel model) {
        Optional<List<Value>> input = model.program().settings().example();
        if (input.isEmpty()) return Optional.empty();
        try {
            ForwardTrace trace = ForwardPass.run(model, input.get());
            return Optional.of(new ExportExample(input.get(), trace.decoded()));
        } catch (IllegalArgumentException e) {
            // An example outside the vocabulary or too long: the README simply has no check.
            return Optional.empty();
        }
    }
}
