package org.raspworkbench.core.rasp;

/** How an S-op is laid out in the residual stream: one direction per value, or one direction. */
public enum Encoding {
    CATEGORICAL, NUMERICAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
