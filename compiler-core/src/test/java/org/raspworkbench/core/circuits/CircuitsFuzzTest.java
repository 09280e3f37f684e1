package org.raspworkbench.core.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.SnapshotNumbering;
import org.raspworkbench.core.value.Value;

/**
 * On random well-formed programs (the compiler fuzzer's, decision 60) the circuits never fail, every
 * QK grid's softmax is the run's attention pattern wherever the residual holds the one-hot values the
 * grid is made of, the attribution adds up, and the JSON parses.
 */
class CircuitsFuzzTest {
    @Provide
    Arbitrary<ProgramSpec> programs() {
        return ProgramSpecs.programs();
    }

    @Property(seed = "20261201")
    void circuitsExplainEveryRandomModel(@ForAll("programs") ProgramSpec spec) throws Exception {
        Compilation c = Compiler.compile(SpecToSource.render(spec));
        if (c.model().isEmpty() || c.hasErrors()) return;
        CompiledModel model = c.model().get();
        List<Value> vocab = model.program().settings().vocab();
        List<Value> input = new ArrayList<>();
        for (int i = 0; i < model.maxSeqLen(); i++) input.add(vocab.get((3 * i + 1) % vocab.size()));
        ForwardTrace trace = ForwardPass.run(model, input);
        ModelCircuits circuits = ModelCircuits.of(model, Optional.of(trace));
        int compared = 0;
        for (HeadGrids h : circuits.heads()) {
            List<Value> queries = trace.evaluation().valuesOf(h.querySop());
            List<Value> keys = trace.evaluation().valuesOf(h.keySop());
            double[][] pattern = trace.attention().get(h.layer()).get(h.head());
            HeadCircuit circuit = model.circuits().get(h.layer()).heads().get(h.head());
            double[][] x = trace.snapshots().get(SnapshotNumbering.after(h.layer(), BlockKind.ATTENTION) - 1);
            for (int p = 1; p <= input.size(); p++) {
                int row = row(h.qk().queries(), queries.get(p - 1));
                // the grid is the designed one-hot's score: where an MLP before (at a low exactness)
                // left the value off its one-hot, the run differs from the grid, as it should
                if (row < 0 || !holds(model, x[p], circuit.query(), h.qk().queries().get(row))) continue;
                int visible = model.config().causal() ? p + 1 : input.size() + 1;
                double[] logits = new double[visible];
                boolean known = true;
                for (int k = 0; k < visible; k++) {
                    int col = k == 0 ? 0 : row(h.qk().keys(), keys.get(k - 1));
                    if (col < 0 || !holds(model, x[k], circuit.key(), h.qk().keys().get(col))) known = false;
                    else logits[k] = h.qk().scores()[row][col];
                }
                if (!known) continue;
                double max = Double.NEGATIVE_INFINITY;
                for (double l : logits) max = Math.max(max, l);
                double sum = 0;
                for (double l : logits) sum += Math.exp(l - max);
                for (int k = 0; k < visible; k++) {
                    assertThat(pattern[p][k]).as("%s %s [%d][%d]", SpecToSource.render(spec), h.name(), p, k)
                            .isCloseTo(Math.exp(logits[k] - max) / sum, within(1e-9));
                }
                compared++;
            }
        }
        Statistics.label("query rows compared with the run").collect(compared == 0 ? "none" : compared < 5 ? "1-4" : "5+");
        double[][] last = trace.snapshots().get(trace.snapshots().size() - 1);
        for (PositionAttribution a : circuits.attribution()) {
            double sum = a.contributions().stream().mapToDouble(Contribution::winner).sum();
            assertThat(sum).isCloseTo(last[a.position()][model.indexOf(a.winner())], within(1e-9));
        }
        for (MlpTable t : circuits.mlps()) assertThat(t.rows()).isNotEmpty();
        new ObjectMapper().readTree(CircuitsJson.document("fuzz", circuits));
    }

    /** Whether the residual row holds exactly the entry (and {@code one}) on the head's columns. */
    private static boolean holds(CompiledModel model, double[] row, int[] columns, AxisEntry e) {
        int at = model.indexOf(e.direction());
        for (int c : columns) {
            double want = (c == at ? e.amount() : 0) + (c == model.embedding().one() ? 1 : 0);
            if (Math.abs(row[c] - want) > 1e-12) return false;
        }
        return true;
    }

    /** The grid row of the direction holding {@code v} at a position (the S-op's value there), or -1. */
    private static int row(List<AxisEntry> entries, Value v) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).value().isPresent() && entries.get(i).value().get().equals(v)
                    && entries.get(i).direction().value() != null) return i;
        }
        return -1;
    }
}
