package org.raspworkbench.core.model;

/** The two sub-layers of a transformer layer. */
public enum BlockKind {
    ATTENTION("attn", "attention"), MLP("mlp", "MLP");

    private final String label;
    private final String displayName;

    BlockKind(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    /** How the IDE names it to a user. */
    public String displayName() {
        return displayName;
    }

    /** How Tracr's parameter names and the golden files spell it. */
    public String label() {
        return label;
    }
}
