package org.raspworkbench.ui.views.data;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.BlockKind;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTest {
    @Test
    void numbersSnapshotsAsTheTraceStoresThem() {
        assertThat(Snapshot.all(2)).hasSize(5);
        assertThat(new Snapshot(0).label()).isEqualTo("embeddings");
        assertThat(new Snapshot(1).label()).isEqualTo("after attention 0");
        assertThat(new Snapshot(2).label()).isEqualTo("after MLP 0");
        assertThat(new Snapshot(3).producedBy()).contains(new SubLayer(1, BlockKind.ATTENTION));
        assertThat(new Snapshot(4).shortLabel()).isEqualTo("mlp 1");
    }

    @Test
    void subLayerKnowsTheSnapshotsAroundIt() {
        SubLayer mlp1 = new SubLayer(1, BlockKind.MLP);
        assertThat(mlp1.after()).isEqualTo(new Snapshot(4));
        assertThat(mlp1.before()).isEqualTo(new Snapshot(3));
        assertThat(mlp1.after().producedBy()).contains(mlp1);
    }
}
