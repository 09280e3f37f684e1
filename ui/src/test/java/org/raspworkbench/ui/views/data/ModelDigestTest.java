package org.raspworkbench.ui.views.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.ui.views.LengthFixture;

class ModelDigestTest {
    private final LengthFixture f = new LengthFixture();
    private final ModelDigest model = f.model();

    @Test
    void groupsDirectionsByOwningSop() {
        assertThat(model.groups()).extracting(ResidualGroupDigest::name).containsExactly("first", "half", "indices",
                "length", "length_selector_width_attn_output", "one", "tokens");
        ResidualGroupDigest helper = model.groups().get(4);
        assertThat(helper.owner()).contains(f.length);
        assertThat(helper.auxiliary()).isTrue();
        assertThat(model.groups().get(5).owner()).isEmpty();
        assertThat(model.valueGroup(f.length).orElseThrow().columns()).containsExactly(6, 7, 8, 9);
        assertThat(model.groupsOwnedBy(f.length)).hasSize(2);
    }

    @Test
    void knowsWhenEachSopIsComplete() {
        assertThat(model.completedAt(f.tokens)).isEqualTo(Snapshot.EMBEDDINGS);
        assertThat(model.completedAt(f.first)).isEqualTo(new Snapshot(1));
        assertThat(model.completedAt(f.length)).isEqualTo(new Snapshot(2));
        assertThat(model.computedBy(new Snapshot(2))).containsExactly(f.length, f.half);
        assertThat(model.computedBy(new Snapshot(3))).isEmpty();
    }

    @Test
    void listsEncodedSopsInProgramOrder() {
        assertThat(model.encodedSops()).containsExactly(f.tokens, f.indices, f.length, f.half, f.first);
    }
}
