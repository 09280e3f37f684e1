package org.raspworkbench.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;

/**
 * Extracts the graph the output depends on, in the node order Tracr's breadth-first
 * {@code extract_rasp_graph} produces (that order later decides the order of heads in a layer).
 */
public final class ProgramToGraph {
    private ProgramToGraph() {
    }

    public static ProgramGraph run(RaspProgram program) {
        DirectedAcyclicGraph<Integer, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);
        List<RaspExpr> order = new ArrayList<>();
        List<SOp> sources = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        ArrayDeque<RaspExpr> queue = new ArrayDeque<>();
        SOp sink = program.output();
        add(dag, order, sink);
        queue.add(sink);
        while (!queue.isEmpty()) {
            RaspExpr expr = queue.poll();
            if (!visited.add(expr.id())) continue;
            for (RaspExpr child : expr.children()) {
                add(dag, order, child);
                dag.addEdge(child.id(), expr.id());
                queue.add(child);
            }
            if (expr.children().isEmpty() && expr instanceof SOp s) sources.add(s);
        }
        return new ProgramGraph(program, dag, order, sink, sources);
    }

    private static void add(DirectedAcyclicGraph<Integer, DefaultEdge> dag, List<RaspExpr> order, RaspExpr e) {
        if (dag.addVertex(e.id())) order.add(e);
    }
}
