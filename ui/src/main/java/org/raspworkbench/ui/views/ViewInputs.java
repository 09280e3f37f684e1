package org.raspworkbench.ui.views;

import org.raspworkbench.core.evaluation.Evaluator;
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
     * Digests a compiled model and its forward pass, evaluating the program on the same input so
     * every S-op has the value the program gives. Call it where they were produced, off the FX thread.
     */
    public static ViewInputs prepare(CompiledModel model, ForwardTrace trace) {
        if (trace == null) return prepare(model, null, ExpectedValues.UNKNOWN);
        return prepare(model, trace, ExpectedValues.of(Evaluator.evaluate(model.program(), trace.input())));
    }

    /** As {@link #prepare(CompiledModel, ForwardTrace)}, with the program's values given. */
    public static ViewInputs prepare(CompiledModel model, ForwardTrace trace, ExpectedValues expected) {
        return new ViewInputs(model.program(), Digests.model(model),
                trace == null ? null : Digests.trace(model, trace, expected));
    }
}
