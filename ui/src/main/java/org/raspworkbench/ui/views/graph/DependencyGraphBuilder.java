package org.raspworkbench.ui.views.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;

/** Turns a program into the graph of the nodes its output depends on (what Tracr compiles). */
public final class DependencyGraphBuilder {
    private DependencyGraphBuilder() {
    }

    public static DependencyGraph build(RaspProgram program) {
        if (program == null || program.output() == null) return DependencyGraph.EMPTY;
        // Ids are unique per program, so they key the walk without hashing whole sub-DAGs.
        Map<Integer, RaspExpr> reached = new HashMap<>();
        Deque<RaspExpr> todo = new ArrayDeque<>();
        todo.push(program.output());
        while (!todo.isEmpty()) {
            RaspExpr e = todo.pop();
            if (reached.putIfAbsent(e.id(), e) != null) continue;
            for (RaspExpr c : e.children()) todo.push(c);
        }
        List<RaspExpr> ordered = new ArrayList<>(reached.values());
        ordered.sort(Comparator.comparingInt(RaspExpr::id));
        Map<Integer, Integer> index = new HashMap<>();
        List<GraphNode> nodes = new ArrayList<>();
        for (RaspExpr e : ordered) {
            index.put(e.id(), nodes.size());
            nodes.add(new GraphNode(e, e.accept(KindNamer.INSTANCE)));
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (RaspExpr e : ordered) {
            List<Integer> seen = new ArrayList<>();
            for (RaspExpr c : e.children()) {
                int from = index.get(c.id());
                // select(tokens, tokens, ...) uses tokens twice; one edge says enough.
                if (seen.contains(from)) continue;
                seen.add(from);
                edges.add(new GraphEdge(from, index.get(e.id())));
            }
        }
        return new DependencyGraph(nodes, edges);
    }
}
