package org.raspworkbench.core.dag;


/** The kinds of RASP node, with the base of their default names. */
public enum NodeKind {
    TOKENS("tokens", false), INDICES("indices", false), MAP("map", false), SEQUENCE_MAP("sequence_map", false),
    LINEAR_SEQUENCE_MAP("linear_sequence_map", false), AGGREGATE("aggregate", false),
    SELECTOR_WIDTH("selector_width", false), SELECT("select", true), SELECTOR_AND("selector_and", true),
    SELECTOR_OR("selector_or", true), SELECTOR_NOT("selector_not", true);

    private final String defaultName;
    private final boolean selector;

    NodeKind(String defaultName, boolean selector) {
        this.defaultName = defaultName;
        this.selector = selector;
    }

    String defaultName() {
        return defaultName;
    }

    boolean isSelector() {
        return selector;
    }
}
