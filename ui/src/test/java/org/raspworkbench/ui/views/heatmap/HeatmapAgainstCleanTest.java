package org.raspworkbench.ui.views.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionRunner;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.ui.figures.ResidualHeatmap;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.views.data.Digests;
import org.raspworkbench.ui.views.data.ExpectedValues;
import org.raspworkbench.ui.views.data.TraceDigest;

/** "Patched − clean" draws the patched run minus the clean one at the snapshot shown; titles say "patched". */
class HeatmapAgainstCleanTest {
    @Test
    void patchedMinusCleanIsTheDifferenceOfTheTwoRunsAtEachCell() {
        String text = SampleCatalog.load().stream().filter(s -> s.fileName().equals("reverse.rasp")).findFirst()
                .orElseThrow().text();
        CompiledModel m = Compiler.compile(text).model().orElseThrow();
        ForwardTrace clean = ForwardPass.run(m, InputParser.parse("\"abcab\"", m.program().settings()).values().orElseThrow());
        ForwardTrace patched = new InterventionRunner(m, clean).run(List.of(Intervention.zero(
                InterventionTarget.SOpSubspace.of(m.program().output())))).trace();
        TraceDigest cleanDigest = Digests.trace(m, clean, ExpectedValues.of(clean.evaluation()));
        TraceDigest patchedDigest = Digests.trace(m, patched, ExpectedValues.of(patched.evaluation()));

        HeatmapViewModel vm = new HeatmapViewModel(new SimpleObjectProperty<>());
        vm.modelProperty().set(Digests.model(m));
        vm.traceProperty().set(patchedDigest);
        vm.programNameProperty().set("reverse");
        vm.againstCleanProperty().set(true);
        int last = patchedDigest.snapshots().length - 1;
        vm.snapshotIndexProperty().set(last);
        // Without the clean run beside it there is nothing to subtract: the run itself, not called patched.
        ResidualHeatmap alone = (ResidualHeatmap) vm.figure().orElseThrow();
        assertThat(vm.showsAgainstClean()).isFalse();
        assertThat(alone.title()).startsWith("reverse: residual");

        vm.cleanTraceProperty().set(cleanDigest);
        assertThat(vm.showsAgainstClean()).isTrue();
        ResidualHeatmap diff = (ResidualHeatmap) vm.figure().orElseThrow();
        assertThat(diff.title()).startsWith("reverse (patched): patched \u2212 clean");
        double[][] values = diff.snapshot().values();
        boolean anyNonZero = false;
        for (int p = 0; p < values.length; p++) {
            for (int r = 0; r < vm.rows().rows().size(); r++) {
                int column = vm.rows().rows().get(r).columns()[0];
                double expected = patchedDigest.snapshots()[last][p][column] - cleanDigest.snapshots()[last][p][column];
                assertThat(values[p][r]).as("position " + p + ", " + vm.rows().rows().get(r).label()).isEqualTo(expected);
                anyNonZero |= Math.abs(expected) > 0.5;
            }
        }
        assertThat(anyNonZero).as("zeroing the output's subspace shows as a difference").isTrue();
        assertThat(diff.scale().min()).isLessThan(0);

        // Switched off, the patched run itself, titled as patched.
        vm.againstCleanProperty().set(false);
        assertThat(((ResidualHeatmap) vm.figure().orElseThrow()).title()).startsWith("reverse (patched): residual");
    }
}
