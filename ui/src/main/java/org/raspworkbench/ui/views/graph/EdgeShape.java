package org.raspworkbench.ui.views.graph;

import java.util.List;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/** The drawn form of one edge: its line through the route's points and an arrow head at the end. */
record EdgeShape(GraphEdge edge, Path line, Polygon head) {
    private static final double ARROW = 6;

    static EdgeShape of(GraphLayout.Route route) {
        List<GraphLayout.Point> pts = route.points();
        Path line = new Path();
        line.getStyleClass().add("graph-edge");
        line.getElements().add(new MoveTo(pts.get(0).x(), pts.get(0).y()));
        for (int i = 1; i < pts.size(); i++) line.getElements().add(new LineTo(pts.get(i).x(), pts.get(i).y()));
        GraphLayout.Point end = pts.get(pts.size() - 1);
        GraphLayout.Point prev = pts.get(pts.size() - 2);
        double len = Math.max(1e-9, Math.hypot(end.x() - prev.x(), end.y() - prev.y()));
        double ux = (end.x() - prev.x()) / len;
        double uy = (end.y() - prev.y()) / len;
        double bx = end.x() - ARROW * ux;
        double by = end.y() - ARROW * uy;
        Polygon head = new Polygon(end.x(), end.y(),
                bx + ARROW * 0.6 * uy, by - ARROW * 0.6 * ux,
                bx - ARROW * 0.6 * uy, by + ARROW * 0.6 * ux);
        head.getStyleClass().add("graph-arrow");
        return new EdgeShape(route.edge(), line, head);
    }
}
