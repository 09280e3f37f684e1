package org.raspworkbench.ui.views.graph;

import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.files.Sample;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.views.data.Digests;
import org.raspworkbench.ui.views.data.ModelDigest;

/** A shipped sample compiled by the real compiler: its program and model digest. */
record CompiledSample(String source, RaspProgram program, ModelDigest model) {
    static CompiledSample of(String fileName) {
        Sample sample = SampleCatalog.load().stream().filter(s -> s.fileName().equals(fileName)).findFirst()
                .orElseThrow();
        Compilation c = Compiler.compile(sample.text());
        if (c.hasErrors()) throw new AssertionError(c.diagnostics());
        return new CompiledSample(sample.text(), c.program().orElseThrow(), Digests.model(c.model().orElseThrow()));
    }

    SOp sop(String name) {
        return program.nodes().stream().filter(n -> n instanceof SOp && n.name().equals(name)).map(n -> (SOp) n)
                .findFirst().orElseThrow(() -> new AssertionError("no S-op " + name));
    }
}
