package org.raspworkbench.core.export;

import java.util.Optional;

/** Everything an export directory is written from: the name, the arrays, the vocabulary, an example. */
public record TransformerLensExport(String modelName, TransformerLensWeights weights, ExportVocab vocab,
                                    Optional<ExportExample> example) {
}
