package org.raspworkbench.core.model;

/**
 * The floating-point type the forward pass computes in. Tracr's golden models run in float64, as
 * {@code rasp trace} does; JAX runs Tracr's models in float32 unless x64 is enabled, and
 * verification can run them that way to find what only float32 gets wrong.
 */
public enum Precision {
    FLOAT64("float64"), FLOAT32("float32");

    private final String label;

    Precision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether each weight, product and sum is rounded to float32. */
    boolean single() {
        return this == FLOAT32;
    }
}
