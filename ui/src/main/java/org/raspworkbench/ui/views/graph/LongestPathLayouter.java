package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plain layering for when ELK is unavailable: each node one layer below its deepest input,
 * nodes in a layer ordered by the mean position of their inputs, edges drawn straight.
 */
public final class LongestPathLayouter implements GraphLayouter {
    private static final double NODE_SPACING = 28;
    private static final double LAYER_SPACING = 44;
    private static final double PADDING = 16;

    @Override
    public GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes) {
        int n = graph.nodes().size();
        if (n == 0) return GraphLayout.EMPTY;
        // Nodes are in creation order, so every input comes before its consumers.
        int[] layer = new int[n];
        for (GraphEdge e : graph.edges()) layer[e.to()] = Math.max(layer[e.to()], layer[e.from()] + 1);
        int layers = 0;
        for (int l : layer) layers = Math.max(layers, l + 1);

        double[] order = new double[n];
        List<List<Integer>> byLayer = new ArrayList<>();
        for (int l = 0; l < layers; l++) byLayer.add(new ArrayList<>());
        for (int i = 0; i < n; i++) byLayer.get(layer[i]).add(i);
        for (List<Integer> row : byLayer) {
            for (int i : row) {
                double sum = 0;
                int count = 0;
                for (GraphEdge e : graph.edges()) {
                    if (e.to() == i) {
                        sum += order[e.from()];
                        count++;
                    }
                }
                order[i] = count == 0 ? i : sum / count;
            }
            row.sort(Comparator.comparingDouble(i -> order[i]));
            for (int k = 0; k < row.size(); k++) order[row.get(k)] = k;
        }

        double[] rowWidth = new double[layers];
        double[] rowHeight = new double[layers];
        for (int l = 0; l < layers; l++) {
            for (int i : byLayer.get(l)) {
                rowWidth[l] += sizes.get(i).width() + NODE_SPACING;
                rowHeight[l] = Math.max(rowHeight[l], sizes.get(i).height());
            }
        }
        double width = 0;
        for (double w : rowWidth) width = Math.max(width, w);
        GraphLayout.Box[] boxes = new GraphLayout.Box[n];
        double y = PADDING;
        for (int l = 0; l < layers; l++) {
            double x = PADDING + (width - rowWidth[l]) / 2;
            for (int i : byLayer.get(l)) {
                GraphLayout.Size s = sizes.get(i);
                boxes[i] = new GraphLayout.Box(x, y, s.width(), s.height());
                x += s.width() + NODE_SPACING;
            }
            y += rowHeight[l] + LAYER_SPACING;
        }
        List<GraphLayout.Route> routes = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            GraphLayout.Box a = boxes[e.from()];
            GraphLayout.Box b = boxes[e.to()];
            routes.add(new GraphLayout.Route(e, List.of(new GraphLayout.Point(a.centerX(), a.y() + a.height()),
                    new GraphLayout.Point(b.centerX(), b.y()))));
        }
        return new GraphLayout(List.of(boxes), routes, width + 2 * PADDING - NODE_SPACING, y - LAYER_SPACING + PADDING);
    }
}
