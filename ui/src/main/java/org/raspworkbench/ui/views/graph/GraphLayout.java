package org.raspworkbench.ui.views.graph;

import java.util.List;

/**
 * Where every node's box goes and how every edge runs, in the same order as the graph's, and the
 * horizontal bands of the layer lanes when the nodes were placed in them (else none).
 */
public record GraphLayout(List<Box> boxes, List<Route> routes, double width, double height, List<Band> bands) {
    public static final GraphLayout EMPTY = new GraphLayout(List.of(), List.of(), 0, 0);

    public GraphLayout {
        boxes = List.copyOf(boxes);
        routes = List.copyOf(routes);
        bands = List.copyOf(bands);
    }

    public GraphLayout(List<Box> boxes, List<Route> routes, double width, double height) {
        this(boxes, routes, width, height, List.of());
    }

    /** The strip from {@code top} to {@code bottom} that holds the nodes of lane {@code lane}. */
    public record Band(int lane, double top, double bottom) {
    }

    public record Box(double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
        }

        public double bottom() {
            return y + height;
        }
    }

    public record Point(double x, double y) {
    }

    /** An edge drawn through {@code points}, from the input's box to the consumer's. */
    public record Route(GraphEdge edge, List<Point> points) {
        public Route {
            points = List.copyOf(points);
        }
    }

    /** The width and height a node's box needs, measured on the FX thread. */
    public record Size(double width, double height) {
    }
}
