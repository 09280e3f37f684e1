package org.raspworkbench.ui.views.graph;

import java.util.List;

/** Places a dependency graph top to bottom, inputs first. Pure computation: any thread. */
public interface GraphLayouter {
    GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes);
}
