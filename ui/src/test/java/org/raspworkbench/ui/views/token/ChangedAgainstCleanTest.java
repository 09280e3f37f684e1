package org.raspworkbench.ui.views.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.InterventionRunner;
import org.raspworkbench.core.intervention.PatchedRun;
import org.raspworkbench.core.intervention.SOpChange;
import org.raspworkbench.core.intervention.ValueChange;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.views.data.Digests;
import org.raspworkbench.ui.views.data.ExpectedValues;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The Tokens view's "changed against clean" marks agree with core's comparison of the two runs:
 * after the last sub-layer, the output positions and the S-ops it marks are those that changed.
 */
class ChangedAgainstCleanTest {
    private static CompiledModel compile(String sample) {
        String text = SampleCatalog.load().stream().filter(s -> s.fileName().equals(sample)).findFirst().orElseThrow()
                .text();
        Compilation c = Compiler.compile(text);
        return c.model().orElseThrow();
    }

    private static SOp sop(CompiledModel m, String name) {
        return m.program().nodes().stream().filter(n -> n instanceof SOp && n.name().equals(name)).map(n -> (SOp) n)
                .findFirst().orElseThrow();
    }

    @Test
    void theMarksAfterTheLastSubLayerAreTheChangesCoreReports() {
        CompiledModel m = compile("sort.rasp");
        List<Value> input = InputParser.parse("[3, 1, 2, 5]", m.program().settings()).values().orElseThrow();
        ForwardTrace clean = ForwardPass.run(m, input);
        // Zeroing the keys (an MLP's output) changes what every later sub-layer reads, down to the output.
        PatchedRun run = new InterventionRunner(m, clean).run(List.of(Intervention.zero(
                InterventionTarget.SOpSubspace.of(sop(m, "keys")))));
        assertThat(run.patched()).isTrue();
        assertThat(run.comparison().unchanged()).isFalse();
        ModelDigest digest = Digests.model(m);
        TraceDigest cleanDigest = Digests.trace(m, clean, ExpectedValues.of(clean.evaluation()));
        TraceDigest patched = Digests.trace(m, run.trace(), ExpectedValues.of(run.trace().evaluation()));

        TokenInspectorViewModel vm = new TokenInspectorViewModel(new SimpleObjectProperty<>());
        vm.modelProperty().set(digest);
        vm.traceProperty().set(patched);
        assertThat(vm.changedOutputPositions()).as("no clean run beside it: nothing is marked").isEmpty();
        vm.cleanTraceProperty().set(cleanDigest);
        vm.snapshotIndexProperty().set(-1);

        Set<Integer> coreRows = new HashSet<>();
        for (ValueChange c : run.comparison().output()) coreRows.add(c.row());
        assertThat(coreRows).as("the output changed").isNotEmpty();
        assertThat(vm.changedOutputPositions()).isEqualTo(coreRows);
        for (int p = 1; p <= input.size(); p++) {
            vm.positionProperty().set(p);
            Set<String> core = new HashSet<>();
            for (SOpChange c : run.comparison().sops()) {
                final int row = p;
                if (c.rows().stream().anyMatch(r -> r.row() == row)) core.add(c.sop().name());
            }
            assertThat(vm.changedSops()).as("position " + p).isEqualTo(core);
        }
        assertThat(vm.changeSummary()).startsWith("against clean: ");

        // The clean run beside itself changes nothing.
        vm.traceProperty().set(cleanDigest);
        assertThat(vm.changedSops()).isEmpty();
        assertThat(vm.changedOutputPositions()).isEmpty();
    }
}
