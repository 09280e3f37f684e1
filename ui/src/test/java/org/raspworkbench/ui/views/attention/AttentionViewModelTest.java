package org.raspworkbench.ui.views.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.views.LengthFixture;

class AttentionViewModelTest {
    private final LengthFixture f = new LengthFixture();
    private final SimpleObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private final AttentionViewModel vm = new AttentionViewModel(selection);

    @Test
    void listsOnlyUsedHeadsTitledWithTheirSop() {
        vm.modelProperty().set(f.model());
        vm.traceProperty().set(f.trace());
        List<HeadPattern> heads = vm.heads();
        assertThat(heads).extracting(HeadPattern::title).containsExactly("L0 H0 \u00b7 length", "L0 H1 \u00b7 first");
        assertThat(heads.get(1).weights()[2][2]).isEqualTo(1.0);
        assertThat(vm.tokenLabels()).containsExactly("BOS", "1", "2");
    }

    @Test
    void selectsAndFollowsTheStep() {
        vm.modelProperty().set(f.model());
        vm.traceProperty().set(f.trace());
        HeadPattern first = vm.heads().get(1);
        vm.select(first);
        assertThat(selection.get()).isSameAs(f.first);
        assertThat(vm.isSelected(first)).isTrue();
        vm.snapshotIndexProperty().set(1);
        assertThat(vm.isCurrent(first)).isTrue();
        vm.snapshotIndexProperty().set(2);
        assertThat(vm.isCurrent(first)).isFalse();
    }

    @Test
    void noTraceNoHeads() {
        vm.modelProperty().set(f.model());
        assertThat(vm.heads()).isEmpty();
    }
}
