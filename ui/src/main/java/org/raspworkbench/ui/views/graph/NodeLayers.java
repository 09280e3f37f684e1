package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.Snapshot;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * Which sub-layers compute each node of the graph, from the model's layer allocation: the short
 * badge a node shows ({@code embed} for tokens and indices, {@code L2 MLP}, {@code L1 attn},
 * {@code L0 attn+MLP} for a selector width: its attention and the MLP after it) and the lane it is
 * drawn in, numbered like the snapshot the sub-layer produces (0 the embeddings, 2L+1 attention
 * of layer L, 2L+2 its MLP). A selector is used by attention, so it takes the attention of the
 * S-ops that read it. Without a model (or with one compiled from older text) there is no badge,
 * and lane -1.
 */
final class NodeLayers {
    /** A node's badge (empty for none) and lane (-1 for none). */
    record NodeLayer(String badge, int lane) {
        static final NodeLayer NONE = new NodeLayer("", -1);
    }

    private NodeLayers() {
    }

    static List<NodeLayer> of(DependencyGraph graph, ModelDigest model) {
        List<GraphNode> nodes = graph.nodes();
        List<NodeLayer> out = new ArrayList<>();
        for (GraphNode n : nodes) out.add(model == null ? NodeLayer.NONE : ofSop(n.expr(), model));
        if (model == null) return out;
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isSelector()) continue;
            TreeSet<Integer> layers = new TreeSet<>();
            collectReaders(graph, i, model, layers, new boolean[nodes.size()]);
            out.set(i, layers.isEmpty() ? NodeLayer.NONE
                    : new NodeLayer("L" + join(layers) + " attn", new SubLayer(layers.first(), BlockKind.ATTENTION)
                            .after().index()));
        }
        return out;
    }

    /**
     * One lane per node when every node has one and no edge climbs to an earlier lane (a model
     * compiled from other text can say anything); otherwise none, and the graph is laid out freely.
     */
    static List<Integer> lanes(DependencyGraph graph, List<NodeLayer> layers) {
        List<Integer> lanes = new ArrayList<>();
        for (NodeLayer l : layers) {
            if (l.lane() < 0) return List.of();
            lanes.add(l.lane());
        }
        for (GraphEdge e : graph.edges()) if (lanes.get(e.from()) > lanes.get(e.to())) return List.of();
        return lanes;
    }

    /** The name a lane shows: {@code embeddings}, {@code layer 2 · attention}, {@code layer 2 · MLP}. */
    static String laneName(int lane) {
        return new Snapshot(lane).producedBy()
                .map(s -> "layer " + s.layer() + " \u00b7 " + s.kind().displayName())
                .orElse("embeddings");
    }

    private static NodeLayer ofSop(RaspExpr e, ModelDigest model) {
        if (!(e instanceof SOp sop)) return NodeLayer.NONE;
        if (e instanceof TokensOp || e instanceof IndicesOp) return new NodeLayer("embed", 0);
        TreeSet<Integer> layers = new TreeSet<>();
        boolean attention = false;
        boolean mlp = false;
        int lane = -1;
        for (BlockDigest b : model.blocks()) {
            if (!b.computes(sop)) continue;
            SubLayer s = b.subLayer();
            layers.add(s.layer());
            attention |= s.kind() == BlockKind.ATTENTION;
            mlp |= s.kind() == BlockKind.MLP;
            // The lane of the sub-layer that finishes the S-op (a selector width's MLP).
            lane = Math.max(lane, s.after().index());
        }
        if (layers.isEmpty()) return NodeLayer.NONE;
        String kinds = attention && mlp ? "attn+MLP" : attention ? "attn" : "MLP";
        return new NodeLayer("L" + join(layers) + " " + kinds, lane);
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
                for (BlockDigest b : model.blocks()) {
                    if (b.subLayer().kind() == BlockKind.ATTENTION && b.computes(sop)) layers.add(b.subLayer().layer());
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
