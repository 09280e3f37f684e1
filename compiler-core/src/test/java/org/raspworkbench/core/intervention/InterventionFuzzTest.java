package org.raspworkbench.core.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.fuzz.ProgramSpec;
import org.raspworkbench.core.fuzz.ProgramSpecs;
import org.raspworkbench.core.fuzz.SpecToSource;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.graph.ProgramToGraph;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.ResidualRun;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * On random programs (the compiler fuzzer's generator, decision 60), for every component of the
 * sweep: patching it from the input into itself changes nothing, zeroing it changes only S-ops
 * downstream of what it computes (but for the tokens, whose BOS direction every head reads), the resumed run has the bits of a full rerun, and zeroing and
 * patching it from another input give TransformerLens's residual stream with the hook {@link
 * HookPoint} names, on the float64 export.
 */
class InterventionFuzzTest {
    @Provide
    Arbitrary<ProgramSpec> programs() {
        return ProgramSpecs.programs();
    }

    /** 100 programs, about 5 s: each is checked against TransformerLens component by component. */
    @Property(seed = "20261212", tries = 100)
    void everyComponentOfARandomProgramPatchesAsTransformerLensDoes(@ForAll("programs") ProgramSpec spec) throws IOException {
        Compilation c = Compiler.compile(SpecToSource.render(spec));
        if (c.model().isEmpty()) {
            Statistics.label("outcome").collect("not compiled");
            return;
        }
        CompiledModel model = c.model().get();
        // the longest inputs, or one shorter (so that PAD-free rows past the input's end are exercised too)
        int length = Math.max(1, model.maxSeqLen() - Math.floorMod(spec.hashCode(), 2));
        List<List<Value>> inputs = MeanInputs.sample(model, length, 40, spec.hashCode());
        List<Value> clean = inputs.get(inputs.size() - 1);
        List<Value> corrupted = inputs.get(inputs.size() / 2);
        ForwardTrace cleanRun = ForwardPass.run(model, clean);
        InterventionRunner runner = new InterventionRunner(model, cleanRun);
        ProgramGraph graph = ProgramToGraph.run(model.program());
        Path dir = Files.createTempDirectory("interv-fuzz");
        try {
            TransformerLensPatching tl = new TransformerLensPatching(model, dir);
            TransformerLensPatching.Captured fromCorrupted = tl.capture(corrupted);
            for (SweepCell cell : PatchSweep.components(model)) {
                InterventionTarget t = cell.target();
                PatchedRun self = runner.run(List.of(Intervention.patch(t, clean)));
                assertThat(self.comparison().unchanged()).as(t.label()).isTrue();

                Intervention zero = Intervention.zero(t);
                PatchedRun zeroed = runner.run(List.of(zero));
                // every head reads tokens:BOS (where attention goes when nothing is selected), so zeroing the
                // tokens' subspace reaches S-ops the DAG does not connect to tokens
                if (!t.equals(InterventionTarget.SOpSubspace.of(model.program().nodes().stream()
                        .filter(n -> n instanceof org.raspworkbench.core.rasp.TokensOp).map(n -> (SOp) n).findFirst()
                        .orElseThrow()))) {
                    assertThat(downstream(graph, model, t)).as(t.label()).containsAll(zeroed.comparison().changedNames());
                }
                ResidualRun full = runner.residuals(List.of(zero), true);
                for (int k = 0; k < full.snapshots().size(); k++) {
                    assertThat(zeroed.trace().snapshots().get(k)).isDeepEqualTo(full.snapshots().get(k));
                }
                List<HookPoint> hooks = HookPoint.of(model, t);
                tl.assertSame(zeroed, tl.run(clean, TransformerLensPatching.set(hooks, null, null)), 1e-9);
                tl.assertSame(runner.run(List.of(Intervention.patch(t, corrupted))),
                        tl.run(clean, TransformerLensPatching.set(hooks, fromCorrupted, null)), 1e-9);
            }
            Statistics.label("outcome").collect("patched");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Files.delete(dir);
        }
    }

    /** The S-op a component computes (tokens and indices for theirs) and every S-op that reads it. */
    private static Set<String> downstream(ProgramGraph g, CompiledModel model, InterventionTarget t) {
        String name = t instanceof InterventionTarget.Head h ? h.sop()
                : t instanceof InterventionTarget.Mlp m ? m.sop() : ((InterventionTarget.SOpSubspace) t).sop();
        Set<String> out = new HashSet<>();
        out.add(name);
        for (SOp s : g.sops()) {
            if (!s.name().equals(name)) continue;
            for (int id : g.dag().getDescendants(s.id())) {
                if (g.node(id) instanceof SOp d) out.add(d.name());
            }
        }
        return out;
    }
}
