package org.raspworkbench.ui.views.graph;

import java.util.List;

/** Where every node's box goes and how every edge runs, in the same order as the graph's. */
public record GraphLayout(List<Box> boxes, List<Route> routes, double width, double height) {
    public static final GraphLayout EMPTY = new GraphLayout(List.of(), List.of(), 0, 0);

    public GraphLayout {
        boxes = List.copyOf(boxes);
        routes = List.copyOf(routes);
    }

    public record Box(double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
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
