package org.raspworkbench.core.program;

import org.raspworkbench.core.value.HostObject;

/** An S-op as a value of the program. Two S-op values are equal only when they are the same node. */
final class SOpValue implements HostObject {
    final Node node;

    SOpValue(Node node) {
        this.node = node;
    }

    @Override
    public String typeName() {
        return "S-op";
    }

    @Override
    public String repr() {
        return "<S-op " + node.currentName() + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
