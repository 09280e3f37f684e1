package org.raspworkbench.core.export;

import java.util.List;
import java.util.Optional;

/**
 * Everything an export directory is written from: the name, the config, the state-dict arrays (each
 * produced row by row when written), the vocabulary and an example.
 */
public record TransformerLensExport(String modelName, TransformerLensConfig config, List<StateDictEntry> stateDict,
                                    ExportVocab vocab, Optional<ExportExample> example) {
    public TransformerLensExport {
        stateDict = List.copyOf(stateDict);
    }

    /** An export of arrays held in memory (a hand-built model, or one read back from a file). */
    public TransformerLensExport(String modelName, TransformerLensWeights weights, ExportVocab vocab,
                                 Optional<ExportExample> example) {
        this(modelName, weights.config(), List.copyOf(weights.stateDict()), vocab, example);
    }
}
