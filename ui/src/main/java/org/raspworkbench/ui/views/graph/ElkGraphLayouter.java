package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's layered (Sugiyama) algorithm, run as plain Java: the provider is called directly, so no
 * plug-in registry is needed. Nodes without inputs (tokens, indices) are pinned to the first layer.
 */
public final class ElkGraphLayouter implements GraphLayouter {
    private static final double NODE_SPACING = 28;
    private static final double LAYER_SPACING = 44;
    private static final double PADDING = 16;

    static {
        // Outside Eclipse nothing registers ELK's option types (ElkReflect clones them while it
        // copies properties); creating the meta-data service does, once per class loader.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    @Override
    public GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes) {
        return layout(graph, sizes, List.of());
    }

    /** With lanes, ELK's partitions keep each lane's nodes in layers of their own, lanes in order. */
    @Override
    public GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes, List<Integer> lanes) {
        if (graph.nodes().isEmpty()) return GraphLayout.EMPTY;
        boolean laned = !lanes.isEmpty();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.PADDING,
                new ElkPadding(PADDING, PADDING, PADDING, laned ? PADDING + LaneBands.LABEL_WIDTH : PADDING));
        if (laned) root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        // Network simplex placement packs the layers: sat3's graph is 2405 px wide instead of
        // 3290 (same height), so fitting it into the view draws it at 36% rather than 27%.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);

        List<ElkNode> nodes = new ArrayList<>();
        boolean[] hasInput = new boolean[graph.nodes().size()];
        for (GraphEdge e : graph.edges()) hasInput[e.to()] = true;
        for (int i = 0; i < graph.nodes().size(); i++) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(sizes.get(i).width(), sizes.get(i).height());
            if (laned) {
                n.setProperty(LayeredOptions.PARTITIONING_PARTITION, lanes.get(i));
            } else if (!hasInput[i]) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            nodes.add(n);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to())));
        }

        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        List<GraphLayout.Box> boxes = new ArrayList<>();
        for (ElkNode n : nodes) boxes.add(new GraphLayout.Box(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        List<GraphLayout.Route> routes = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            List<GraphLayout.Point> points = new ArrayList<>();
            for (ElkEdgeSection s : edges.get(i).getSections()) {
                points.add(new GraphLayout.Point(s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) points.add(new GraphLayout.Point(b.getX(), b.getY()));
                points.add(new GraphLayout.Point(s.getEndX(), s.getEndY()));
            }
            routes.add(new GraphLayout.Route(graph.edges().get(i), points));
        }
        List<GraphLayout.Band> bands = laned ? LaneBands.of(boxes, lanes, root.getHeight()) : List.of();
        return new GraphLayout(boxes, routes, root.getWidth(), root.getHeight(), bands);
    }
}
