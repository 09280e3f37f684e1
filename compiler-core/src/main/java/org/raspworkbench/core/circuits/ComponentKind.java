package org.raspworkbench.core.circuits;

/** What wrote into the residual stream, as direct attribution splits it. */
public enum ComponentKind {
    /** Token and position embeddings (snapshot 0). */
    EMBEDDINGS("embeddings"),
    /** One attention head: the columns its output map writes. */
    HEAD("head"),
    /** What an attention sub-layer wrote outside every head's output columns (only an intervention does that). */
    ATTENTION_REST("attention_rest"),
    /** A layer's whole MLP. */
    MLP("mlp");

    private final String label;

    ComponentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
