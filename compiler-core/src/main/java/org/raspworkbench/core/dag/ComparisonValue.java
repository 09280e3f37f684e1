package org.raspworkbench.core.dag;


import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.value.HostObject;

/**
 * A comparison written bare as an argument, as in {@code select(keys, queries, <=)}. It can be
 * passed around and called as {@code p(key, query)}.
 */
public final class ComparisonValue implements HostObject {
    public final Comparison comparison;

    public ComparisonValue(Comparison comparison) {
        this.comparison = comparison;
    }

    @Override
    public String typeName() {
        return "comparison";
    }

    @Override
    public String repr() {
        return comparison.text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComparisonValue c && c.comparison == comparison;
    }

    @Override
    public int hashCode() {
        return comparison.hashCode();
    }
}
