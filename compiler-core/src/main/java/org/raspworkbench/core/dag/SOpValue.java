package org.raspworkbench.core.dag;


/** An S-op as a value of the program. */
public final class SOpValue extends NodeValue {
    SOpValue(Node node) {
        super(node);
    }

    @Override
    public String typeName() {
        return "S-op";
    }
}
