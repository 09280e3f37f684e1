package org.raspworkbench.core.bases;

import java.util.Comparator;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * One labelled direction of a vector space, as Tracr's {@code bases.BasisDirection}: a name and,
 * for a categorical S-op, one of its values ({@code value == null} for numerical S-ops, for
 * {@code one} and for hidden directions that carry no value).
 */
public record BasisDirection(String name, Value value) implements Comparable<BasisDirection> {
    private static final Comparator<BasisDirection> ORDER = Comparator.comparing(BasisDirection::name)
            .thenComparing(BasisDirection::value, Comparator.nullsFirst(Values.DISPLAY_ORDER));

    public static BasisDirection of(String name) {
        return new BasisDirection(name, null);
    }

    /** The label the residual stream shows: {@code name:value}, or {@code name}. */
    public String label() {
        return value == null ? name : name + ":" + value.str();
    }

    @Override
    public int compareTo(BasisDirection o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return label();
    }
}
