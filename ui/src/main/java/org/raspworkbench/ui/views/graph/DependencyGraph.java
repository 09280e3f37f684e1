package org.raspworkbench.ui.views.graph;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.ui.views.data.SopIdentity;

/** The nodes a program's output depends on, in creation order, and their input edges. */
public record DependencyGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public static final DependencyGraph EMPTY = new DependencyGraph(List.of(), List.of());

    public DependencyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<Integer> indexOf(RaspExpr expr) {
        if (expr == null) return Optional.empty();
        for (int i = 0; i < nodes.size(); i++) {
            if (SopIdentity.same(nodes.get(i).expr(), expr)) return Optional.of(i);
        }
        return Optional.empty();
    }
}
