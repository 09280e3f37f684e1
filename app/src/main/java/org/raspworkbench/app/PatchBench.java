package org.raspworkbench.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionRunner;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.MeanInputs;
import org.raspworkbench.core.intervention.PatchSweep;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.files.SampleCatalog;

/**
 * The interventions part of {@code rasp bench}: on a (clean, corrupted) input pair, one patch as
 * the IDE runs it when the user asks for it (a fresh runner, so the corrupted run's activations are
 * captured first, then the patched pass and its comparison with the clean run) on the component
 * that reruns the most, the tokens' subspace at the embeddings; the same patch once they are
 * captured; and the sweep that patches every component, resumed at each component and, to see what
 * that saves, with every patch run from the embeddings; and a first mean ablation (the verifier's
 * sample of 256 inputs drawn and captured). Targets: under 100 ms a patch and 2 s a
 * sweep on the 3-SAT verifier.
 */
final class PatchBench {
    private final VerifyBench timer;

    PatchBench(VerifyBench timer) {
        this.timer = timer;
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("patching");
        Optional<String> sat3 = SampleCatalog.load().stream().filter(s -> s.fileName().equals("sat3_verifier.rasp"))
                .findFirst().map(s -> s.text());
        if (sat3.isPresent()) {
            CompiledModel m = Compiler.compile(sat3.get()).model().orElseThrow();
            // the example is the one satisfying assignment; the corrupted input sets x1 False
            List<Value> clean = m.program().settings().example().orElseThrow();
            row(g, "sat3_verifier", m, clean, ints(1, 0, 0, 1, 1, 0, 1, 0, 1, 0));
        }
        int n = 64;
        CompiledModel sort = Compiler.compile(BenchCommand.sortProgram(n)).model().orElseThrow();
        List<Value> a = BenchCommand.randomInput(n);
        // the same tokens but the first, one more (so the sorted output differs)
        List<Value> b = new java.util.ArrayList<>(a);
        b.set(0, IntValue.of(((IntValue) a.get(0)).value() % n + 1));
        row(g, "sort_" + n, sort, a, b);
        g.writeEndArray();
    }

    private void row(JsonGenerator g, String name, CompiledModel model, List<Value> cleanIn, List<Value> corruptIn)
            throws IOException {
        ForwardTrace clean = ForwardPass.run(model, cleanIn);
        ForwardTrace corrupted = ForwardPass.run(model, corruptIn);
        List<Intervention> patch = List.of(Intervention.patch(new InterventionTarget.SOpSubspace("tokens", OptionalInt.of(0)),
                corruptIn));
        VerifyBench.Timing cold = timer.timed(() -> new InterventionRunner(model, clean).run(patch));
        InterventionRunner warm = new InterventionRunner(model, clean);
        VerifyBench.Timing cached = timer.timed(() -> warm.run(patch));
        VerifyBench.Timing sweep = timer.timed(() -> PatchSweep.run(new InterventionRunner(model, clean), corrupted));
        VerifyBench.Timing full = timer.timed(() -> PatchSweep.run(new InterventionRunner(model, clean), corrupted, true));
        // a mean ablation the first time: the verifier's 256 inputs drawn and captured, then the patched pass
        InterventionTarget first = PatchSweep.components(model).get(0).target();
        VerifyBench.Timing mean = timer.timed(() -> new InterventionRunner(model, clean).run(List.of(
                Intervention.of(first, MeanInputs.over(model, cleanIn.size())))));
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("components", PatchSweep.components(model).size());
        g.writeNumberField("patch_ms", round(cold.wallMs()));
        g.writeNumberField("patch_cpu_ms", round(cold.cpuMs()));
        g.writeNumberField("patch_captured_ms", round(cached.wallMs()));
        g.writeNumberField("sweep_ms", round(sweep.wallMs()));
        g.writeNumberField("sweep_cpu_ms", round(sweep.cpuMs()));
        g.writeNumberField("sweep_from_embeddings_ms", round(full.wallMs()));
        g.writeNumberField("sweep_from_embeddings_cpu_ms", round(full.cpuMs()));
        g.writeNumberField("mean_ablation_first_ms", round(mean.wallMs()));
        g.writeNumberField("mean_ablation_first_cpu_ms", round(mean.cpuMs()));
        g.writeNumberField("load_average", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        g.writeEndObject();
    }

    private static List<Value> ints(int... xs) {
        return java.util.Arrays.stream(xs).<Value>mapToObj(IntValue::of).toList();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
