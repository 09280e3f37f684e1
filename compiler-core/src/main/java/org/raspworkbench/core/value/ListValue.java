package org.raspworkbench.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list. As in Python it can change in place, but only through its methods ({@code append},
 * {@code extend}, {@code insert}, {@code pop}, {@code remove}, {@code clear}, {@code reverse}):
 * every name for it sees the change. Lists are never set members or dict keys, so a change never
 * moves a hashed value.
 */
public record ListValue(List<Value> items) implements Value {
    public ListValue {
        items = new ArrayList<>(items);
    }

    @Override public String typeName() { return "list"; }
    @Override public boolean truthy() { return !items.isEmpty(); }
    @Override public String toString() { return repr(); }

    @Override
    public String repr() {
        return items.stream().map(Value::repr).collect(Collectors.joining(", ", "[", "]"));
    }
}
