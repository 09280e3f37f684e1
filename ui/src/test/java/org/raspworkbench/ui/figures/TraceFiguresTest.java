package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class TraceFiguresTest {
    private static final List<BasisDirection> RESIDUAL = List.of(new BasisDirection("indices", IntValue.of(0)),
            new BasisDirection("indices", IntValue.of(1)), BasisDirection.of("one"),
            new BasisDirection("tokens", new StrValue("a")), new BasisDirection("tokens", new StrValue("BOS")));
    private static final List<Value> INPUT = List.of(new StrValue("a"), new StrValue("a"));

    private static List<double[][]> snapshots() {
        double[][] s = new double[3][5];
        s[0][2] = 1;
        s[0][4] = 1;
        return List.of(s, s, s);
    }

    @Test
    void namesSnapshotsAsTheDebuggerDoes() {
        assertThat(TraceFigures.snapshotNames(2)).containsExactly("embeddings", "after attn 0", "after mlp 0",
                "after attn 1", "after mlp 1");
    }

    @Test
    void residualHeatmapGroupsDirectionsByName() {
        ResidualHeatmap h = TraceFigures.residual("prog", RESIDUAL, INPUT, "BOS", snapshots(), 2,
                TraceFigures.scaleFor(snapshots(), Optional.empty()));
        assertThat(h.title()).isEqualTo("prog: residual after mlp 0 on ['a', 'a']");
        assertThat(h.positions()).containsExactly("BOS", "a", "a");
        assertThat(h.groups()).extracting(DirectionGroup::sop).containsExactly("indices", "one", "tokens");
        assertThat(h.groups().get(2).labels()).containsExactly("tokens:a", "tokens:BOS");
        assertThat(h.scale().map()).isEqualTo(ColorMap.VIRIDIS);
    }

    @Test
    void unknownSnapshotIsAMessage() {
        assertThatThrownBy(() -> TraceFigures.residual("p", RESIDUAL, INPUT, "BOS", snapshots(), 3,
                new Scale(ColorMap.GREYS, 0, 1))).hasMessageContaining("snapshot 3 does not exist");
    }

    @Test
    void stripAndAttentionCarryTheirTitles() {
        SnapshotStrip s = TraceFigures.strip("prog", RESIDUAL, INPUT, "BOS", snapshots(),
                TraceFigures.scaleFor(snapshots(), Optional.of(ColorMap.RDBU)));
        assertThat(s.snapshots()).hasSize(3);
        assertThat(s.scale().min()).isEqualTo(-1);
        AttentionPattern a = TraceFigures.attention("prog", 0, 1, Optional.of("length"), INPUT, "BOS",
                new double[3][3], ColorMap.VIRIDIS);
        assertThat(a.title()).isEqualTo("prog L0.H1: length");
        assertThat(a.keys()).containsExactly("BOS", "a", "a");
    }
}
