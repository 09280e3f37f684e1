package org.raspworkbench.core.circuits;

/** What a compiled head is for, in RASP terms. */
public enum HeadRole {
    /** The attention of {@code aggregate(select(keys, queries, predicate), values)}. */
    AGGREGATE("aggregate"),
    /** The attention half of {@code selector_width(select(...))}: it always attends to BOS and averages it. */
    SELECTOR_WIDTH("selector_width");

    private final String label;

    HeadRole(String label) {
        this.label = label;
    }

    /** The RASP primitive's name, as JSON writes it. */
    public String label() {
        return label;
    }
}
