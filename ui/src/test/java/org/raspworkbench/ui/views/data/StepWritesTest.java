package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.ui.views.LengthFixture;

class StepWritesTest {
    private final LengthFixture f = new LengthFixture();

    @Test
    void embeddingsAreWrittenByNoStep() {
        assertThat(StepWrites.writtenAt(f.model(), f.trace(), Snapshot.EMBEDDINGS)).isEmpty();
    }

    @Test
    void selectorWidthAttentionWritesOnlyItsHelper() {
        assertThat(StepWrites.writtenAt(f.model(), null, new Snapshot(1)))
                .contains(BasisDirection.of("length_selector_width_attn_output"),
                        new BasisDirection("first", IntValue.of(1)))
                .doesNotContain(new BasisDirection("length", IntValue.of(2)));
    }

    @Test
    void mlpWritesTheValueDirections() {
        assertThat(StepWrites.writtenAt(f.model(), f.trace(), new Snapshot(2)))
                .contains(new BasisDirection("length", IntValue.of(0)), BasisDirection.of("half"))
                .doesNotContain(BasisDirection.of("length_selector_width_attn_output"));
    }

    @Test
    void changedDirectionsCountEvenWhenNoSopIsListed() {
        double[][][] s = f.trace().snapshots();
        LengthFixture g = new LengthFixture();
        var trace = g.trace();
        trace.snapshots()[3][1][g.residual.indexOf(BasisDirection.of("one"))] = 0.5;
        assertThat(StepWrites.writtenAt(g.model(), trace, new Snapshot(3))).containsExactly(BasisDirection.of("one"));
        assertThat(s).isNotNull();
    }
}
