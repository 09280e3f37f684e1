package org.raspworkbench.core.program;

/** An S-op as a value of the program. */
final class SOpValue extends NodeValue {
    SOpValue(Node node) {
        super(node);
    }

    @Override
    public String typeName() {
        return "S-op";
    }
}
