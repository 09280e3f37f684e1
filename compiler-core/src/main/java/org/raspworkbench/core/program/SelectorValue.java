package org.raspworkbench.core.program;

import org.raspworkbench.core.value.HostObject;

/** A selector as a value of the program. Equal only to itself. */
final class SelectorValue implements HostObject {
    final Node node;

    SelectorValue(Node node) {
        this.node = node;
    }

    @Override
    public String typeName() {
        return "selector";
    }

    @Override
    public String repr() {
        return "<selector " + node.currentName() + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
