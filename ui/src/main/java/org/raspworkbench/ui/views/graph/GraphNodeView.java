package org.raspworkbench.ui.views.graph;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The box of one node: its name and layer badge over its kind and encoding, and, for a node whose
 * text made several, the calls that made this one. Every label keeps its full text: the layout is
 * given the box's preferred size, so nothing is ever cut short. CSS tells S-ops from selectors.
 */
final class GraphNodeView extends VBox {
    private final GraphNode node;

    GraphNodeView(GraphNode node, String layer, String calls) {
        this.node = node;
        Label name = label(node.name(), "graph-node-name");
        HBox title = new HBox(name);
        title.getStyleClass().add("graph-node-title");
        if (!layer.isEmpty()) title.getChildren().add(label(layer, "graph-node-layer"));
        getChildren().addAll(title, label(node.subtitle(), "graph-node-kind"));
        if (!calls.isEmpty()) getChildren().add(label(calls, "graph-node-calls"));
        getStyleClass().addAll("graph-node", node.isSelector() ? "selector-node" : "sop-node");
        node.encoding().ifPresent(e -> getStyleClass().add("encoding-" + e.label()));
        setId("graph-node-" + node.name());
        setManaged(false);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    GraphNode node() {
        return node;
    }
}
