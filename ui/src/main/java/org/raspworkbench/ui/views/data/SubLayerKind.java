package org.raspworkbench.ui.views.data;

/** The two halves of a transformer layer. */
public enum SubLayerKind {
    ATTENTION("attention"), MLP("MLP");

    private final String label;

    SubLayerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
