package org.raspworkbench.core.value;

import java.util.List;
import java.util.stream.Collectors;

public record TupleValue(List<Value> items) implements Value {
    public TupleValue {
        items = List.copyOf(items);
    }

    @Override public String typeName() { return "tuple"; }
    @Override public boolean truthy() { return !items.isEmpty(); }
    @Override public String toString() { return repr(); }

    @Override
    public String repr() {
        if (items.size() == 1) return "(" + items.get(0).repr() + ",)";
        return items.stream().map(Value::repr).collect(Collectors.joining(", ", "(", ")"));
    }
}
