package org.raspworkbench.core.rasp;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.value.Value;

/**
 * The program's {@code set} statements, with their defaults filled in. {@code vocab} holds distinct
 * values (Python equality) in the order written.
 */
public record CompileSettings(List<Value> vocab, int maxSeqLen, Optional<List<Value>> example, boolean causal,
                              String bos, String pad, double mlpExactness) {
    public static final String DEFAULT_BOS = "BOS";
    public static final String DEFAULT_PAD = "PAD";
    public static final double DEFAULT_MLP_EXACTNESS = 100;

    public CompileSettings {
        vocab = List.copyOf(vocab);
        example = example.map(List::copyOf);
    }
}
