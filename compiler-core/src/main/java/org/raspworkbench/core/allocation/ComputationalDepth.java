package org.raspworkbench.core.allocation;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;

/**
 * Tracr's {@code compute_computational_depth}: the longest path from a source to each node, where
 * stepping into an S-op counts one and stepping into a selector counts nothing.
 */
final class ComputationalDepth {
    private ComputationalDepth() {
    }

    static Map<Integer, Integer> of(ProgramGraph graph) {
        Map<Integer, RaspExpr> byId = graph.byId();
        Map<Integer, Integer> depth = new HashMap<>();
        for (SOp s : graph.sources()) depth.put(s.id(), 0);
        for (Integer v : graph.dag()) {
            Integer d = depth.get(v);
            if (d == null) continue;
            for (DefaultEdge e : graph.dag().outgoingEdgesOf(v)) {
                Integer succ = graph.dag().getEdgeTarget(e);
                int step = byId.get(succ) instanceof SOp ? 1 : 0;
                depth.merge(succ, d + step, Math::max);
            }
        }
        for (RaspExpr e : graph.nodes()) depth.putIfAbsent(e.id(), -1);
        return depth;
    }
}
