package org.raspworkbench.ui.views.graph;

import java.util.List;

/** Places a dependency graph top to bottom, inputs first. Pure computation: any thread. */
public interface GraphLayouter {
    GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes);

    /**
     * Places the nodes in lanes, top to bottom by lane number ({@code lanes} has one per node, and
     * no edge runs to a lower lane); a layouter that cannot ignores the lanes and returns no bands.
     */
    default GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes, List<Integer> lanes) {
        return layout(graph, sizes);
    }
}
