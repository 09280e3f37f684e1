package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The horizontal strips of the layer lanes, from placed boxes: each lane reaches from half-way
 * after the lane above to half-way before the lane below, the first from the top, the last to
 * the bottom. Lanes without nodes get no strip.
 */
final class LaneBands {
    /** Room left of the graph for the lanes' names. */
    static final double LABEL_WIDTH = 118;

    private LaneBands() {
    }

    static List<GraphLayout.Band> of(List<GraphLayout.Box> boxes, List<Integer> lanes, double height) {
        TreeMap<Integer, double[]> extent = new TreeMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            GraphLayout.Box b = boxes.get(i);
            double[] e = extent.computeIfAbsent(lanes.get(i), k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
            e[0] = Math.min(e[0], b.y());
            e[1] = Math.max(e[1], b.bottom());
        }
        List<Integer> order = new ArrayList<>(extent.keySet());
        List<GraphLayout.Band> out = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            double[] e = extent.get(order.get(k));
            double top = k == 0 ? 0 : (extent.get(order.get(k - 1))[1] + e[0]) / 2;
            double bottom = k == order.size() - 1 ? height : (e[1] + extent.get(order.get(k + 1))[0]) / 2;
            out.add(new GraphLayout.Band(order.get(k), top, bottom));
        }
        return out;
    }
}
