package org.raspworkbench.core.verification;

/** Why a compiled model disagrees with its program; {@link #label()} is the name the JSON uses. */
public enum CauseKind {
    /** A discretising MLP (numerical map, selector width) cannot separate two of its input values. */
    MLP_PRECISION("mlp_precision"),
    /** A numerical MLP receives a value outside the value set it was built for. */
    VALUE_SET("value_set"),
    /** A categorical aggregate selects several different values; the head averages them. */
    AGGREGATE_MEAN("aggregate_mean"),
    /** The softmax does not saturate at this length, so a head mixes positions. */
    SOFT_ATTENTION("soft_attention"),
    /** A value the program leaves None is read downstream as 0 (Tracr issue 25). */
    NONE_DEFAULT("none_default"),
    /** Tracr's evaluator ignores the causal mask and disagrees with the causal model (Tracr issue 19). */
    CAUSAL_SEMANTICS("causal_semantics"),
    /**
     * A numerical map of a categorical S-op gives a negative value: Tracr's MLP for it has a ReLU
     * between its lookup table and its output, which turns the value into 0.
     */
    NEGATIVE_CLIPPED("negative_clipped"),
    /**
     * A categorical aggregate selects several positions holding one int: the program's mean is that
     * int as a float (Tracr's evaluator divides), the head moves the int, and a function that tells
     * 2.0 from 2 (such as {@code str}) then differs.
     */
    FLOAT_MEAN("float_mean"),
    /** The disagreement disappears when the model runs in float64. */
    FLOAT_PRECISION("float_precision"),
    /** None of the above: the S-op and sub-layer are still named. */
    UNKNOWN("unknown");

    private final String label;

    CauseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
