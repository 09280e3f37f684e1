package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.LengthFixture;

/** The digests of a model the real compiler built, decoded back to the program's values. */
class DigestsTest {
    private final LengthFixture f = new LengthFixture();

    @Test
    void compiledLengthDecodesToTheProgramsValues() {
        Compilation c = Compiler.compile(f.program());
        assertThat(c.diagnostics()).isEmpty();
        CompiledModel compiled = c.model().orElseThrow();
        List<Value> input = List.of(IntValue.of(1), IntValue.of(2));
        ForwardTrace run = ForwardPass.run(compiled, input);

        ModelDigest model = Digests.model(compiled);
        ExpectedValues expected = sop -> sop == f.length ? Optional.of(List.of(IntValue.of(2), IntValue.of(2)))
                : Optional.empty();
        TraceDigest trace = Digests.trace(compiled, run, expected);

        assertThat(model.size().layers()).isEqualTo(1);
        assertThat(model.groups()).anyMatch(g -> g.auxiliary() && g.owner().orElseThrow() == f.length);
        assertThat(trace.tokens()).hasSize(3);
        assertThat(trace.snapshots().length).isEqualTo(model.snapshotCount());
        Snapshot last = new Snapshot(model.snapshotCount() - 1);
        for (int p = 1; p < 3; p++) {
            List<DecodedValue> row = ResidualDecoder.decode(model, trace, last, p);
            assertThat(row).extracting(DecodedValue::verdict).containsOnly(Verdict.MATCH);
            assertThat(row).extracting(DecodedValue::sop).contains(f.tokens, f.length);
        }
        // After the attention only, length is not complete yet.
        assertThat(ResidualDecoder.decode(model, trace, new Snapshot(1), 1))
                .filteredOn(d -> d.sop() == f.length).extracting(DecodedValue::verdict)
                .containsExactly(Verdict.NOT_COMPUTED_YET);
        assertThat(StepWrites.writtenAt(model, trace, new Snapshot(2)))
                .anyMatch(d -> d.name().equals("length"));
    }
}
