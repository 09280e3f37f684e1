package org.raspworkbench.ui.views;

import java.util.List;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.files.SampleCatalog;

/** A shipped sample compiled by the real compiler and run on its example, in view terms. */
public final class SampleInputs {
    private SampleInputs() {
    }

    /** {@code name} as in the Samples menu's file names, e.g. {@code sat3_verifier.rasp}. */
    public static ViewInputs of(String name) {
        Sample sample = SampleCatalog.load().stream().filter(s -> s.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name));
        return compile(sample.text());
    }

    public static ViewInputs compile(String source) {
        Compilation c = Compiler.compile(source);
        CompiledModel model = c.model().orElseThrow(() -> new AssertionError("did not compile: " + c.diagnostics()));
        List<Value> input = model.program().settings().example().orElseThrow();
        return ViewInputs.prepare(model, ForwardPass.run(model, input));
    }
}
