package org.raspworkbench.core.model;

/** The two sub-layers of a transformer layer. */
public enum BlockKind {
    ATTENTION("attn"), MLP("mlp");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    /** How Tracr's parameter names and the golden files spell it. */
    public String label() {
        return label;
    }
}
