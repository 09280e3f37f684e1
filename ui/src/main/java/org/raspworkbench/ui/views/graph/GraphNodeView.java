package org.raspworkbench.ui.views.graph;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The box of one node: its name over its kind and encoding; CSS tells S-ops from selectors. */
final class GraphNodeView extends VBox {
    private final GraphNode node;

    GraphNodeView(GraphNode node) {
        this.node = node;
        Label name = new Label(node.name());
        name.getStyleClass().add("graph-node-name");
        Label kind = new Label(node.subtitle());
        kind.getStyleClass().add("graph-node-kind");
        getChildren().addAll(name, kind);
        getStyleClass().addAll("graph-node", node.isSelector() ? "selector-node" : "sop-node");
        node.encoding().ifPresent(e -> getStyleClass().add("encoding-" + e.label()));
        setId("graph-node-" + node.name());
        setManaged(false);
    }

    GraphNode node() {
        return node;
    }
}
