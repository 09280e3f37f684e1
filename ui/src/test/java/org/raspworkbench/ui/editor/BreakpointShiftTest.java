package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BreakpointShiftTest {
    @Test
    void insertedLinesAbovePushBreakpointsDown() {
        assertThat(BreakpointShift.shift(Set.of(2, 5), 3, 4, 0, 2)).containsExactly(2, 7);
    }

    @Test
    void aNewlineAtTheStartOfTheLineMovesItsBreakpoint() {
        assertThat(BreakpointShift.shift(Set.of(3), 3, 0, 0, 1)).containsExactly(4);
    }

    @Test
    void deletedLinesTakeTheirBreakpointsAndPullTheRestUp() {
        // Joining lines 2..4 into line 2: breaks after 2 and 3 are removed.
        assertThat(BreakpointShift.shift(Set.of(1, 3, 4, 6), 2, 5, 2, 0)).containsExactly(1, 4);
    }

    @Test
    void editsWithinALineChangeNothing() {
        assertThat(BreakpointShift.shift(Set.of(1, 2), 1, 3, 0, 0)).containsExactly(1, 2);
    }
}
