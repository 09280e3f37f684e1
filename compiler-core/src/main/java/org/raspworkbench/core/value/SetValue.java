package org.raspworkbench.core.value;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set; iterates in insertion order (documented in docs/language.md). */
public record SetValue(Set<Value> items) implements Value {
    public SetValue {
        items = Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    @Override public String typeName() { return "set"; }
    @Override public boolean truthy() { return !items.isEmpty(); }
    @Override public String toString() { return repr(); }

    @Override
    public String repr() {
        if (items.isEmpty()) return "set()";
        return items.stream().map(Value::repr).collect(Collectors.joining(", ", "{", "}"));
    }
}
