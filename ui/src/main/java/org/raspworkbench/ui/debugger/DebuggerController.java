package org.raspworkbench.ui.debugger;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.state.DebuggerState;
import org.raspworkbench.ui.state.ModelLayout;
import org.raspworkbench.ui.state.SubLayerSops;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * The debugger's commands. A breakpoint on a line stops the debugger at the snapshot written by
 * the sub-layer that computes an S-op created on that line (the earliest such sub-layer ahead).
 */
public final class DebuggerController {
    private final WorkbenchState state;
    private final DebuggerState debugger;

    public DebuggerController(WorkbenchState state) {
        this.state = state;
        this.debugger = state.debugger();
    }

    public void stepForward() {
        debugger.moveTo(debugger.snapshot() + 1);
    }

    public void stepBack() {
        debugger.moveTo(debugger.snapshot() - 1);
    }

    public void restart() {
        debugger.moveTo(0);
    }

    public void runToEnd() {
        debugger.moveTo(debugger.lastSnapshot());
    }

    /** Runs to the next breakpoint after the current snapshot, or to the end when there is none. */
    public void resume() {
        int now = debugger.snapshot();
        Integer next = breakpointSnapshots().higher(now);
        debugger.moveTo(next != null ? next : debugger.lastSnapshot());
    }

    /** Shows layer {@code layer}'s attention output (0-based layers). */
    public void jumpToLayer(int layer) {
        debugger.moveTo(new SubLayer(layer, BlockKind.ATTENTION).after().index());
    }

    /** The snapshots where breakpoints stop, in order. */
    public TreeSet<Integer> breakpointSnapshots() {
        TreeSet<Integer> stops = new TreeSet<>();
        Optional<RaspProgram> program = state.shownProgram();
        if (program.isEmpty()) return stops;
        ModelLayout layout = state.shownLayout();
        for (RaspExpr node : program.get().nodes()) {
            if (!(node instanceof SOp) || node.range().isNone()) continue;
            if (!debugger.breakpointLines().contains(node.range().start().line())) continue;
            OptionalInt sub = layout.subLayerOf(node.name());
            if (sub.isPresent()) stops.add(sub.getAsInt() + 1);
        }
        return stops;
    }

    /** The sub-layer that wrote the current snapshot; empty at the embeddings. */
    public Optional<SubLayerSops> currentSubLayer() {
        return state.shownLayout().subLayer(debugger.currentSubLayer());
    }

    /** The program's nodes that the current step computed. */
    public List<RaspExpr> nodesOfCurrentStep() {
        Optional<SubLayerSops> sub = currentSubLayer();
        if (sub.isEmpty()) return List.of();
        List<String> names = sub.get().sopNames();
        return state.shownProgram().map(p -> p.nodes().stream().filter(n -> names.contains(n.name())).toList())
                .orElse(List.of());
    }
}
