package org.raspworkbench.ui.debugger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.testing.FakeEngine;

class DebuggerControllerTest {
    private final WorkbenchState state = new WorkbenchState();
    private final DebuggerController debugger = new DebuggerController(state);

    DebuggerControllerTest() {
        // Three S-ops, one per layer, each computed by its layer's MLP: sub-layers 1, 3, 5.
        state.acceptCompilation(new FakeEngine().compile("a = tokens;\nb = a;\nc = b;"));
    }

    @Test
    void stepsStayWithinTheSnapshots() {
        debugger.stepBack();
        assertThat(state.debugger().snapshot()).isZero();
        for (int i = 0; i < 10; i++) debugger.stepForward();
        assertThat(state.debugger().snapshot()).isEqualTo(6);
        debugger.restart();
        assertThat(state.debugger().snapshot()).isZero();
    }

    @Test
    void resumeStopsAtEachBreakpointThenTheEnd() {
        state.debugger().toggleBreakpoint(3);
        state.debugger().toggleBreakpoint(1);
        assertThat(debugger.breakpointSnapshots()).containsExactly(2, 6);
        debugger.resume();
        assertThat(state.debugger().snapshot()).isEqualTo(2);
        assertThat(debugger.currentSubLayer().orElseThrow().label()).isEqualTo("mlp 0");
        assertThat(debugger.nodesOfCurrentStep()).extracting(n -> n.name()).containsExactly("a");
        debugger.resume();
        assertThat(state.debugger().snapshot()).isEqualTo(6);
        debugger.resume();
        assertThat(state.debugger().snapshot()).isEqualTo(6);
    }

    @Test
    void aBreakpointOnALineWithoutAnSopNeverStops() {
        state.debugger().toggleBreakpoint(9);
        debugger.resume();
        assertThat(state.debugger().snapshot()).isEqualTo(6);
    }

    @Test
    void jumpingToALayerShowsItsAttentionOutput() {
        debugger.jumpToLayer(1);
        assertThat(state.debugger().snapshot()).isEqualTo(3);
        assertThat(debugger.currentSubLayer()).isEmpty();
        debugger.jumpToLayer(7);
        assertThat(state.debugger().snapshot()).isEqualTo(6);
    }
}
