package org.raspworkbench.core.circuits;

/** How an MLP table row's model output compares with the program's value there. */
public enum Agreement {
    AGREES("agrees"),
    /** The weights give another value than the program's function. */
    DIFFERS("differs"),
    /**
     * Not compared: a grid point between the values the MLP was built for (the model never sees it),
     * or an input on which the program's function fails (Tracr leaves such an entry out).
     */
    NOT_COMPARED("not_compared");

    private final String label;

    Agreement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
