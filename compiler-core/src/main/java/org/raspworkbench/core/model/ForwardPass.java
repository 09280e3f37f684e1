package org.raspworkbench.core.model;

import java.util.List;
import org.raspworkbench.core.value.Value;

/** Runs a compiled model on {@code [BOS] + input} exactly as Tracr's model does. */
public final class ForwardPass {
    private ForwardPass() {
    }

    public static ForwardTrace run(CompiledModel model, List<Value> input) {
        throw new UnsupportedOperationException("forward pass: work in progress");
    }
}
