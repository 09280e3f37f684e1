package org.raspworkbench.ui.views;

import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.ui.views.data.Digests;
import org.raspworkbench.ui.views.data.ExpectedValues;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;

/** Everything the views show, in view terms; {@code trace} is null when the model has not run. */
public record ViewInputs(RaspProgram program, ModelDigest model, TraceDigest trace) {
    /**
     * Digests a compiled model and its forward pass. Call it where they were produced, off the FX
     * thread; {@code expected} is the evaluator's per-S-op values on the same input.
     */
    public static ViewInputs prepare(CompiledModel model, ForwardTrace trace, ExpectedValues expected) {
        return new ViewInputs(model.program(), Digests.model(model),
                trace == null ? null : Digests.trace(model, trace, expected));
    }
}
