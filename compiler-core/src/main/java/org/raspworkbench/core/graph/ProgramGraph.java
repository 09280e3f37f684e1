package org.raspworkbench.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.graph.DefaultEdge;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;

/**
 * The part of a program the output depends on, as Tracr's {@code rasp_to_graph} extracts it: a DAG
 * over node ids (edges run from an input to the node that reads it), the nodes in Tracr's order
 * (breadth first from the output, children in Tracr's order), the output (sink) and the S-ops with
 * no inputs (sources). Vertices are ids rather than the records themselves because a record's hash
 * walks its whole subtree.
 */
public record ProgramGraph(RaspProgram program, DirectedAcyclicGraph<Integer, DefaultEdge> dag, List<RaspExpr> nodes, SOp sink,
                           List<SOp> sources) {
    public ProgramGraph {
        nodes = List.copyOf(nodes);
        sources = List.copyOf(sources);
    }

    public RaspExpr node(int id) {
        for (RaspExpr e : nodes) {
            if (e.id() == id) return e;
        }
        throw new IllegalArgumentException("no node " + id);
    }

    /** The S-ops of the graph in Tracr's node order. */
    public List<SOp> sops() {
        List<SOp> out = new ArrayList<>();
        for (RaspExpr e : nodes) {
            if (e instanceof SOp s) out.add(s);
        }
        return out;
    }

    /** Lookup from id to node, for passes that walk the DAG. */
    public Map<Integer, RaspExpr> byId() {
        Map<Integer, RaspExpr> m = new HashMap<>();
        for (RaspExpr e : nodes) m.put(e.id(), e);
        return m;
    }

    /** The nodes that read {@code expr} directly. */
    public List<RaspExpr> readersOf(RaspExpr expr) {
        Map<Integer, RaspExpr> ids = byId();
        List<RaspExpr> out = new ArrayList<>();
        for (DefaultEdge e : dag.outgoingEdgesOf(expr.id())) out.add(ids.get(dag.getEdgeTarget(e)));
        return out;
    }
}
