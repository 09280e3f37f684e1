package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.ui.views.data.LayerBlock;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.SubLayer;
import org.raspworkbench.ui.views.data.SubLayerKind;

/**
 * Which sub-layers compute each node of the graph, from the model's layer allocation, as the
 * short badge a node shows: {@code embed} for tokens and indices, {@code L2 MLP}, {@code L1 attn},
 * {@code L0 attn+MLP} for a selector width (its attention and the MLP after it). A selector is
 * used by attention, so it shows the attention layers of the S-ops that read it. Empty text where
 * the model does not compute the node (no model yet, or one compiled from older text).
 */
final class NodeLayers {
    private NodeLayers() {
    }

    static List<String> of(DependencyGraph graph, ModelDigest model) {
        List<String> out = new ArrayList<>();
        List<GraphNode> nodes = graph.nodes();
        for (GraphNode n : nodes) out.add(model == null ? "" : ofSop(n.expr(), model));
        if (model == null) return out;
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isSelector()) continue;
            TreeSet<Integer> layers = new TreeSet<>();
            collectReaders(graph, i, model, layers, new boolean[nodes.size()]);
            out.set(i, layers.isEmpty() ? "" : "L" + join(layers) + " attn");
        }
        return out;
    }

    private static String ofSop(RaspExpr e, ModelDigest model) {
        if (!(e instanceof SOp sop)) return "";
        if (e instanceof TokensOp || e instanceof IndicesOp) return "embed";
        List<SubLayer> subs = new ArrayList<>();
        for (LayerBlock b : model.blocks()) if (b.computes(sop)) subs.add(b.subLayer());
        if (subs.isEmpty()) return "";
        TreeSet<Integer> layers = new TreeSet<>();
        boolean attention = false;
        boolean mlp = false;
        for (SubLayer s : subs) {
            layers.add(s.layer());
            attention |= s.kind() == SubLayerKind.ATTENTION;
            mlp |= s.kind() == SubLayerKind.MLP;
        }
        String kinds = attention && mlp ? "attn+MLP" : attention ? "attn" : "MLP";
        return "L" + join(layers) + " " + kinds;
    }

    /** The attention layers of the S-ops that read a selector, through and/or/not of selectors. */
    private static void collectReaders(DependencyGraph graph, int selector, ModelDigest model, TreeSet<Integer> layers,
                                       boolean[] seen) {
        if (seen[selector]) return;
        seen[selector] = true;
        for (GraphEdge e : graph.edges()) {
            if (e.from() != selector) continue;
            GraphNode reader = graph.nodes().get(e.to());
            if (reader.isSelector()) {
                collectReaders(graph, e.to(), model, layers, seen);
            } else if (reader.expr() instanceof SOp sop) {
                for (LayerBlock b : model.blocks()) {
                    if (b.subLayer().kind() == SubLayerKind.ATTENTION && b.computes(sop)) layers.add(b.subLayer().layer());
                }
            }
        }
    }

    private static String join(TreeSet<Integer> layers) {
        StringBuilder sb = new StringBuilder();
        for (int l : layers) sb.append(sb.length() == 0 ? "" : ",").append(l);
        return sb.toString();
    }
}
