package org.raspworkbench.core.value;

import java.util.List;
import java.util.stream.Collectors;

/** A list. The language has no item assignment, so a list value never changes once made. */
public record ListValue(List<Value> items) implements Value {
    public ListValue {
        items = List.copyOf(items);
    }

    @Override public String typeName() { return "list"; }
    @Override public boolean truthy() { return !items.isEmpty(); }
    @Override public String toString() { return repr(); }

    @Override
    public String repr() {
        return items.stream().map(Value::repr).collect(Collectors.joining(", ", "[", "]"));
    }
}
