package org.raspworkbench.core.export;

import java.util.List;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.Value;

/**
 * What {@code vocab.json} holds: the token of each embedding row (BOS and PAD included), the value
 * of each unembedding column (categorical output) or the output's name (numerical), the residual
 * direction labels in order, and the program's settings.
 */
public record ExportVocab(List<Value> inputTokens, Encoding outputEncoding, String outputName, List<Value> outputValues,
                          List<String> residual, CompileSettings settings) {
    public ExportVocab {
        inputTokens = List.copyOf(inputTokens);
        outputValues = List.copyOf(outputValues);
        residual = List.copyOf(residual);
    }

    /** The embedding row of a token, or -1. */
    public int tokenId(Value token) {
        return inputTokens.indexOf(token);
    }
}
