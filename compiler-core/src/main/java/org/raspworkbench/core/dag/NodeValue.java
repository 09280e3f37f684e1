package org.raspworkbench.core.dag;


import org.raspworkbench.core.value.HostObject;

/**
 * An S-op or selector as a value of the program. Equal only to itself: two values built alike are
 * still two nodes of the graph.
 */
public abstract sealed class NodeValue implements HostObject permits SOpValue, SelectorValue {
    public final Node node;

    NodeValue(Node node) {
        this.node = node;
    }

    @Override
    public String repr() {
        return "<" + typeName() + " " + node.currentName() + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
