package org.raspworkbench.core.program;

/** A selector as a value of the program. */
final class SelectorValue extends NodeValue {
    SelectorValue(Node node) {
        super(node);
    }

    @Override
    public String typeName() {
        return "selector";
    }
}
