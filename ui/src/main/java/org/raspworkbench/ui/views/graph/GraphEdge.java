package org.raspworkbench.ui.views.graph;

/** An edge from an input node to a node that consumes it (indices into the graph's node list). */
public record GraphEdge(int from, int to) {
}
