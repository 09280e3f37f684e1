package org.raspworkbench.core.dag;


/** A selector as a value of the program. */
public final class SelectorValue extends NodeValue {
    SelectorValue(Node node) {
        super(node);
    }

    @Override
    public String typeName() {
        return "selector";
    }
}
